package io.shmex;
/** Temporary. */
public final class Probe { private Probe() {} }
