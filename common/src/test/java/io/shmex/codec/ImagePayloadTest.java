package io.shmex.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.shmex.error.MalformedPayloadException;
import org.junit.jupiter.api.Test;

/** The decoded value: content equality, a log-friendly toString, and a shared (uncopied) image. */
class ImagePayloadTest {

    @Test
    void equalityComparesImageContents() {
        ImagePayload a = new ImagePayload("a.png", new byte[] {1, 2, 3});
        ImagePayload b = new ImagePayload("a.png", new byte[] {1, 2, 3});
        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b).isEqualTo(a);
        assertThat(a).isNotEqualTo(new ImagePayload("b.png", new byte[] {1, 2, 3}));
        assertThat(a).isNotEqualTo(new ImagePayload("a.png", new byte[] {1, 2, 4}));
        assertThat(a).isNotEqualTo(new ImagePayload("a.png", new byte[] {1, 2}));
        assertThat(a).isNotEqualTo(null).isNotEqualTo("a.png");
    }

    @Test
    void toStringNamesTheSizeNotTheBytes() {
        ImagePayload payload = new ImagePayload(Vectors.ASCII_PATH, Vectors.redPng());
        assertThat(payload).hasToString("ImagePayload[path=C:\\Users\\demo\\Pictures\\red.png, imageBytes=69]");
        assertThat(new ImagePayload("", new byte[0])).hasToString("ImagePayload[path=, imageBytes=0]");
    }

    @Test
    void imageArrayIsSharedNotCopied() {
        byte[] image = {9, 8, 7};
        ImagePayload payload = new ImagePayload("p", image);
        assertThat(payload.image()).isSameAs(image);
    }

    @Test
    void nullComponentsAreTypedErrors() {
        assertThatThrownBy(() -> new ImagePayload(null, new byte[0]))
                .isExactlyInstanceOf(MalformedPayloadException.class)
                .hasMessageContaining("field=path");
        assertThatThrownBy(() -> new ImagePayload("p", null))
                .isExactlyInstanceOf(MalformedPayloadException.class)
                .hasMessageContaining("field=image");
    }
}
