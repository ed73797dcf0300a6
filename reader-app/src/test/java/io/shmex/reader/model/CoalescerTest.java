package io.shmex.reader.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import org.junit.jupiter.api.Test;

class CoalescerTest {
    private final Queue<Runnable> ui = new ArrayDeque<>();
    private final List<Integer> shown = new ArrayList<>();
    private final Coalescer<Integer> coalescer = new Coalescer<>(ui::add, shown::add);

    @Test
    void keepsOnlyTheNewestValueWhileTheUiIsBusy() {
        for (int i = 1; i <= 1000; i++) {
            coalescer.submit(i);
        }

        assertThat(ui).hasSize(1);
        ui.poll().run();
        assertThat(shown).containsExactly(1000);
        assertThat(ui).isEmpty();
    }

    @Test
    void schedulesAgainOnceTheUiTookTheValue() {
        coalescer.submit(1);
        ui.poll().run();
        coalescer.submit(2);
        coalescer.submit(3);

        assertThat(ui).hasSize(1);
        ui.poll().run();
        assertThat(shown).containsExactly(1, 3);
    }
}
