package io.shmex.reader;

/**
 * A record with another layout than TestData, for layout-mismatch tests.
 *
 * @param id a long where TestData has an int
 * @param value anything
 */
public record OtherRecord(long id, double value) {
}
