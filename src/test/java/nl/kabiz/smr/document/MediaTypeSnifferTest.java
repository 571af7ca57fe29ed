package nl.kabiz.smr.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class MediaTypeSnifferTest {

    @Test
    void recognisesPdfPngAndJpegByContent() {
        assertThat(MediaTypeSniffer.sniff("%PDF-1.7\n...".getBytes(StandardCharsets.US_ASCII))).hasValue("application/pdf");
        assertThat(MediaTypeSniffer.sniff(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0}))
                .hasValue("image/png");
        assertThat(MediaTypeSniffer.sniff(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0}))
                .hasValue("image/jpeg");
    }

    @Test
    void refusesEverythingElseWhateverItsName() {
        assertThat(MediaTypeSniffer.sniff("<html>diploma.pdf</html>".getBytes(StandardCharsets.UTF_8))).isEmpty();
        assertThat(MediaTypeSniffer.sniff(new byte[] {'P', 'K', 3, 4})).isEmpty(); // zip / docx
        assertThat(MediaTypeSniffer.sniff(new byte[] {'%', 'P'})).isEmpty();
        assertThat(MediaTypeSniffer.sniff(new byte[0])).isEmpty();
    }

    @Test
    void checksumIsSha256() {
        assertThat(DocumentStore.sha256("abc".getBytes(StandardCharsets.US_ASCII)))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }
}
