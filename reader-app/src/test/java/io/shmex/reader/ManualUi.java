package io.shmex.reader;

import java.time.Duration;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.function.BooleanSupplier;

/** A UI executor the test thread drains itself, so model tests need no JavaFX thread. */
public final class ManualUi implements Executor {
    private final Queue<Runnable> tasks = new ConcurrentLinkedQueue<>();

    @Override
    public void execute(Runnable task) {
        tasks.add(task);
    }

    /** @return tasks waiting */
    public int pending() {
        return tasks.size();
    }

    /** Runs everything queued so far, on the calling thread. */
    public void drain() {
        for (Runnable task; (task = tasks.poll()) != null; ) {
            task.run();
        }
    }

    /** Drains and checks until {@code condition} holds. */
    public void until(String what, BooleanSupplier condition) {
        until(what, Duration.ofSeconds(10), condition);
    }

    /** Drains and checks until {@code condition} holds. */
    public void until(String what, Duration timeout, BooleanSupplier condition) {
        FxTestSupport.await(what, timeout, () -> {
            drain();
            return condition.getAsBoolean();
        });
    }
}
