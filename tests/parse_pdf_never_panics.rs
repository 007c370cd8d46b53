//! Property test: the PDF reader never panics on damaged PDFs: a real (fictional)
//! résumé PDF with bytes flipped, spans overwritten, cut short or spliced, each read must
//! give text or a clear error. Bounded to a few hundred cases so it runs in seconds.

use proptest::prelude::*;

fn base() -> &'static [u8] {
    static BYTES: std::sync::OnceLock<Vec<u8>> = std::sync::OnceLock::new();
    BYTES.get_or_init(|| {
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/fixtures/parse/pdf_spaced_headings_nurse.pdf");
        std::fs::read(path).unwrap()
    })
}

/// One way of damaging the file.
#[derive(Debug, Clone)]
enum Damage {
    Flip { at: usize, byte: u8 },
    Overwrite { at: usize, bytes: Vec<u8> },
    Cut { at: usize },
    Splice { at: usize, len: usize, to: usize },
}

fn damage() -> impl Strategy<Value = Damage> {
    let n = base().len();
    prop_oneof![
        (0..n, any::<u8>()).prop_map(|(at, byte)| Damage::Flip { at, byte }),
        (0..n, proptest::collection::vec(any::<u8>(), 1..64))
            .prop_map(|(at, bytes)| Damage::Overwrite { at, bytes }),
        (0..n).prop_map(|at| Damage::Cut { at }),
        (0..n, 1..4096usize, 0..n).prop_map(|(at, len, to)| Damage::Splice { at, len, to }),
    ]
}

/// Positions are taken modulo the (possibly already shortened) length.
fn apply(bytes: &mut Vec<u8>, d: &Damage) {
    if bytes.is_empty() {
        return;
    }
    let n = bytes.len();
    match d {
        Damage::Flip { at, byte } => bytes[at % n] ^= byte | 1,
        Damage::Overwrite { at, bytes: b } => {
            for (k, x) in b.iter().enumerate() {
                if let Some(slot) = bytes.get_mut(at % n + k) {
                    *slot = *x;
                }
            }
        }
        Damage::Cut { at } => bytes.truncate(at % n),
        Damage::Splice { at, len, to } => {
            let at = at % n;
            let end = (at + len).min(n);
            let piece = bytes[at..end].to_vec();
            let to = to % n;
            bytes.splice(to..to, piece);
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn damaged_pdfs_give_text_or_an_error(damages in proptest::collection::vec(damage(), 1..4)) {
        let mut bytes = base().to_vec();
        for d in &damages {
            apply(&mut bytes, d);
        }
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("resume.pdf");
        std::fs::write(&path, &bytes).unwrap();
        // Either result is fine; a panic fails the test.
        match vitae::parse::read_pdf(&path) {
            Ok(pdf) => prop_assert_eq!(pdf.line_pages.len(), pdf.lowered.text.lines().count()),
            Err(e) => prop_assert!(e.hint().is_some(), "{}", e),
        }
    }
}
