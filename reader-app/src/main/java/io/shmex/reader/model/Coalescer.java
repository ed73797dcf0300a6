package io.shmex.reader.model;

import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * Hands values from a background thread to the UI thread, keeping only the newest: when a writer
 * publishes faster than the screen refreshes, intermediate images are dropped instead of queueing
 * up behind each other. At most one task is waiting in the UI executor at any time.
 *
 * @param <T> the value type
 */
public final class Coalescer<T> {
    private final AtomicReference<T> pending = new AtomicReference<>();
    private final Executor executor;
    private final Consumer<? super T> consumer;

    /**
     * @param executor the UI executor, e.g. {@code Platform::runLater}
     * @param consumer applies a value on the UI thread
     */
    public Coalescer(Executor executor, Consumer<? super T> consumer) {
        this.executor = Objects.requireNonNull(executor, "executor");
        this.consumer = Objects.requireNonNull(consumer, "consumer");
    }

    /**
     * Offers a value; it replaces any value not yet taken by the UI thread.
     *
     * @param value the newest value
     */
    public void submit(T value) {
        Objects.requireNonNull(value, "value");
        // Only the submit that finds the slot empty schedules: a drain is already queued otherwise.
        if (pending.getAndSet(value) == null) {
            executor.execute(this::drain);
        }
    }

    private void drain() {
        T value = pending.getAndSet(null);
        if (value != null) {
            consumer.accept(value);
        }
    }
}
