/**
 * The typed errors of shmex. Every failure of the public API is a {@link io.shmex.error.ShmexException}
 * subtype whose message names the region file, slot or field concerned.
 */
package io.shmex.error;
