package io.shmex.writer.model;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/**
 * One background thread for the model's I/O, in call order, with results handed back through the
 * ui executor. Keeps a busy flag while anything is queued so the view can show a spinner.
 */
final class Background {
    private final Executor ui;
    private final ExecutorService io;
    private final AtomicInteger pending = new AtomicInteger();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");

    Background(String threadName, Executor ui) {
        this.ui = ui;
        this.io = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, threadName);
            t.setDaemon(true);
            return t;
        });
    }

    ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /**
     * Runs {@code work} on the io thread, then {@code onSuccess} or {@code onFailure} through the
     * ui executor.
     *
     * @return completes after the handler ran: true on success, false after a failure
     */
    <T> CompletableFuture<Boolean> run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        CompletableFuture<Boolean> done = new CompletableFuture<>();
        pending.incrementAndGet();
        busy.set(true);
        try {
            io.execute(() -> {
                T result = null;
                Throwable error = null;
                try {
                    result = work.call();
                } catch (Throwable t) {
                    error = t;
                }
                T value = result;
                Throwable failure = error;
                ui.execute(() -> apply(done, () -> {
                    if (failure == null) {
                        onSuccess.accept(value);
                    } else {
                        onFailure.accept(failure);
                    }
                }, failure == null));
            });
        } catch (RejectedExecutionException closed) {
            finish();
            done.complete(false);
        }
        return done;
    }

    /** Runs a last task on the io thread, waits for it, then stops the thread. */
    void close(Runnable last) throws Exception {
        try {
            io.submit(last).get(5, TimeUnit.SECONDS);
        } finally {
            io.shutdownNow();
        }
    }

    private void apply(CompletableFuture<Boolean> done, Runnable handler, boolean ok) {
        try {
            handler.run();
        } catch (RuntimeException | Error e) {
            finish();
            done.completeExceptionally(e);
            throw e;
        }
        // Busy clears before the future completes, so callers see the settled state.
        finish();
        done.complete(ok);
    }

    private void finish() {
        if (pending.decrementAndGet() == 0) {
            busy.set(false);
        }
    }
}
