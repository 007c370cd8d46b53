//! Property tests for the DOCX reader: whatever bytes come in named `.docx` — the
//! fixture cut short, bytes of it overwritten, its XML parts mangled and zipped again —
//! reading returns a résumé or a clear error, never a panic, and every paragraph read
//! gets a note. Bounded cases with a fixed seed, so CI time stays small and steady.

mod common;

use std::io::{Read, Write};
use std::path::Path;

use proptest::prelude::*;
use vitae::parse::{read_docx_bytes, ResumeParser};

fn config(cases: u32) -> ProptestConfig {
    common::props::fixed(0x646f_6378_7072_6f70, cases, 100)
}

fn fixture() -> Vec<u8> {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/parse/docx_table_surveyor.docx"
    );
    std::fs::read(path).unwrap()
}

/// The fixture's parts, as (name, bytes).
fn parts() -> Vec<(String, Vec<u8>)> {
    let bytes = fixture();
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
    (0..zip.len())
        .map(|i| {
            let mut f = zip.by_index(i).unwrap();
            let mut data = Vec::new();
            f.read_to_end(&mut data).unwrap();
            (f.name().to_string(), data)
        })
        .collect()
}

fn rezip(parts: &[(String, Vec<u8>)]) -> Vec<u8> {
    let mut out = std::io::Cursor::new(Vec::new());
    let mut z = zip::ZipWriter::new(&mut out);
    let opts = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated);
    for (name, data) in parts {
        z.start_file(name.as_str(), opts).unwrap();
        z.write_all(data).unwrap();
    }
    z.finish().unwrap();
    out.into_inner()
}

/// Reads the bytes as `vitae` does; when they read, every paragraph has a note.
fn read_all(bytes: &[u8]) {
    let path = Path::new("resume.docx");
    if let Ok(doc) = read_docx_bytes(path, bytes) {
        let (_, notes) = ResumeParser::new().explain_converted(&doc);
        assert_eq!(notes.len(), doc.units.len());
    }
}

proptest! {
    #![proptest_config(config(64))]

    #[test]
    fn truncated_files_never_panic(cut in 0usize..4000) {
        let bytes = fixture();
        read_all(&bytes[..cut.min(bytes.len())]);
    }

    #[test]
    fn overwritten_bytes_never_panic(edits in prop::collection::vec((any::<prop::sample::Index>(), any::<u8>()), 1..12)) {
        let mut bytes = fixture();
        for (at, b) in edits {
            let i = at.index(bytes.len());
            bytes[i] = b;
        }
        read_all(&bytes);
    }

    #[test]
    fn mangled_xml_never_panics(
        part in 0usize..8,
        edits in prop::collection::vec((any::<prop::sample::Index>(), prop::sample::select(vec![
            &b"<"[..], b">", b"/", b"&", b"&amp;", b"&#0;", b"&#xFFFFFF;", b"<w:p>", b"</w:p>",
            b"<w:tbl>", b"</w:tc>", b"<w:tr>", b"<w:br/>", b"<w:tab/>", b"\xff\xfe", b"\"", b"",
        ])), 1..8),
    ) {
        let mut ps = parts();
        let k = part % ps.len();
        for (at, piece) in edits {
            let data = &mut ps[k].1;
            let i = at.index(data.len() + 1);
            let end = (i + 3).min(data.len());
            data.splice(i..end, piece.iter().copied());
        }
        read_all(&rezip(&ps));
    }
}
