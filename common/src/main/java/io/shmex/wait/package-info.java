/** Cross-process wake-ups: a Linux futex through FFM, and a backoff for other systems. Internal. */
package io.shmex.wait;
