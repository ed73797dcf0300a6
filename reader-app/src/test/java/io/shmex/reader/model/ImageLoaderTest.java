package io.shmex.reader.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.shmex.codec.ImagePayloadCodec;
import io.shmex.reader.FxTestSupport;
import io.shmex.reader.TestImages;
import io.shmex.region.Publication;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ImageLoaderTest {

    @BeforeAll
    static void toolkit() {
        FxTestSupport.startToolkit();
    }

    private static Publication publication(long seq, byte[] payload) {
        return new Publication(seq, payload, 1_000_000_000L, 42, 0);
    }

    @Test
    void decodesAPublishedPngWithItsPathAndOriginalBytes() {
        byte[] png = TestImages.quadrantPng();

        ImageFetch fetch = ImageLoader.load(publication(3, ImagePayloadCodec.encode("/pics/q.png", png)), 100, "demo");

        assertThat(fetch).isInstanceOfSatisfying(ImageFetch.Shown.class, shown -> {
            ImageSnapshot s = shown.snapshot();
            assertThat(s.path()).isEqualTo("/pics/q.png");
            assertThat(s.bytes()).isEqualTo(png);
            assertThat(s.format()).isEqualTo("PNG");
            assertThat(s.sequence()).isEqualTo(3);
            assertThat(s.width()).isEqualTo(4);
            assertThat(s.image().getPixelReader().getArgb(0, 0)).isEqualTo(TestImages.RED);
            assertThat(s.image().getPixelReader().getArgb(3, 3)).isEqualTo(TestImages.WHITE);
            assertThat(s.fileName()).isEqualTo("q.png");
        });
    }

    @Test
    void saysPlainlyWhenTheBytesAreNotAnImage() {
        byte[] text = "hello, this is not a picture".getBytes(StandardCharsets.UTF_8);

        ImageFetch fetch = ImageLoader.load(publication(5, ImagePayloadCodec.encode("/tmp/notes.txt", text)),
                ImageLoader.DEFAULT_MAX_PIXELS, "demo");

        assertThat(fetch).isEqualTo(new ImageFetch.Refused(5,
                "The published data is not an image (path: /tmp/notes.txt, 28 bytes)."));
    }

    @Test
    void refusesAnImageOverThePixelLimitBeforeDecodingIt() {
        // Only a header: decoding would fail, so a refusal that names the size proves nothing was decoded.
        byte[] huge = TestImages.pngHeader(20_000, 20_000);

        ImageFetch fetch = ImageLoader.load(publication(1, ImagePayloadCodec.encode("/big.png", huge)),
                100_000_000, "demo");

        assertThat(fetch).isEqualTo(new ImageFetch.Refused(1, "The image is too large to show: 20000 × 20000 pixels"
                + " (400 megapixels); the limit is 100 megapixels (--max-pixels)."));
    }

    @Test
    void refusesARealImageJustOverALowLimit() {
        ImageFetch fetch = ImageLoader.load(publication(1, ImagePayloadCodec.encode("q.png", TestImages.quadrantPng())),
                15, "demo");

        assertThat(fetch).isInstanceOfSatisfying(ImageFetch.Refused.class,
                r -> assertThat(r.message()).contains("4 × 4 pixels").contains("--max-pixels"));
    }

    @Test
    void explainsAPayloadWithoutThePathAndImageFields() {
        ImageFetch fetch = ImageLoader.load(publication(2, new byte[] {1, 2, 3}), 100, "demo");

        assertThat(fetch).isInstanceOfSatisfying(ImageFetch.Refused.class,
                r -> assertThat(r.message()).startsWith("The published data is not an image payload (3 bytes)"));
    }

    @Test
    void saysWhenNothingWasPublished() {
        assertThat(ImageLoader.load(null, 100, "demo"))
                .isEqualTo(new ImageFetch.Refused(0, "Nothing has been published on demo yet."));
    }

    @Test
    void formatsMegapixels() {
        assertThat(ImageLoader.megapixels(100_000_000)).isEqualTo("100 megapixels");
        assertThat(ImageLoader.megapixels(1_500_000)).isEqualTo("1.5 megapixels");
        assertThat(ImageLoader.megapixels(12_340_000)).isEqualTo("12.3 megapixels");
        assertThat(ImageLoader.megapixels(2_000_000)).isEqualTo("2 megapixels");
    }
}
