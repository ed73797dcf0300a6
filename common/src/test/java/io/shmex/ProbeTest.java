package io.shmex;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;
class ProbeTest { @Test void runs() { assertThat(Runtime.version().feature()).isGreaterThanOrEqualTo(25); } }
