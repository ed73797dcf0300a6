/** Regions: create, open and map shared files, and publish to and read from their slots. */
package io.shmex.region;
