package io.shmex.reader.model;

/** What reading the image slot produced: an image to show, or a reason in plain words why not. */
public sealed interface ImageFetch {

    /** @return the publication's sequence, 0 when there was none */
    long sequence();

    /**
     * A decoded image.
     *
     * @param snapshot the image and its publication data
     */
    record Shown(ImageSnapshot snapshot) implements ImageFetch {
        @Override
        public long sequence() {
            return snapshot.sequence();
        }
    }

    /**
     * A publication that cannot be shown, or none at all.
     *
     * @param sequence the publication's sequence, 0 when there was none
     * @param message what to tell the user
     */
    record Refused(long sequence, String message) implements ImageFetch {
    }
}
