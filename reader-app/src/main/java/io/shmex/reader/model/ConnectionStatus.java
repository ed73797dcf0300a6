package io.shmex.reader.model;

/**
 * The connection as the status bar shows it.
 *
 * @param state the state
 * @param text one line for the status bar
 * @param writer "writer running (pid N)", "writer not running", or "—" when there is no region
 */
public record ConnectionStatus(ConnectionState state, String text, String writer) {
}
