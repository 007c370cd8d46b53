//! Property tests for the LinkedIn export reader: whatever comes in as an export — the
//! fixture zipped then cut short or overwritten in places, or its CSV files mangled
//! (bytes changed, lines dropped, quotes and commas thrown in) and read as a folder —
//! reading gives a résumé or a clear error naming what is wrong, never a panic.
//! Bounded cases with a fixed seed, so CI time stays small and steady.

mod common;

use std::io::Write;
use std::path::{Path, PathBuf};

use proptest::prelude::*;
use vitae::parse::read_linkedin;
use vitae::Error;

fn config(cases: u32) -> ProptestConfig {
    common::props::fixed(0x6c69_6e6b_6564_696e, cases, 100)
}

/// The fixture's files, as (name, bytes), sorted by name.
fn files() -> Vec<(String, Vec<u8>)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/linkedin/quenby");
    let mut out: Vec<(String, Vec<u8>)> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| {
            let p = e.unwrap().path();
            let name = p.file_name().unwrap().to_str().unwrap().to_string();
            (name, std::fs::read(&p).unwrap())
        })
        .collect();
    out.sort();
    out
}

fn zipped(files: &[(String, Vec<u8>)]) -> Vec<u8> {
    let mut out = std::io::Cursor::new(Vec::new());
    let mut z = zip::ZipWriter::new(&mut out);
    let opts = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated);
    for (name, data) in files {
        z.start_file(name.as_str(), opts).unwrap();
        z.write_all(data).unwrap();
    }
    z.finish().unwrap();
    out.into_inner()
}

/// Reading never panics; an error is a clear one, naming the export.
fn read_ok_or_clear(path: &Path) -> Result<(), TestCaseError> {
    let read = std::panic::catch_unwind(|| read_linkedin(path).err().map(Box::new));
    let Ok(error) = read else {
        return Err(TestCaseError::fail("the reader panicked"));
    };
    if let Some(e) = error {
        let Error::Unreadable { file, message, .. } = e.as_ref() else {
            return Err(TestCaseError::fail(format!(
                "not an Unreadable error: {e:?}"
            )));
        };
        prop_assert!(file.path.starts_with(path), "{e}");
        prop_assert!(!message.is_empty());
    }
    Ok(())
}

fn temp_with(name: &str, bytes: &[u8]) -> (tempfile::TempDir, PathBuf) {
    let d = tempfile::tempdir().unwrap();
    let p = d.path().join(name);
    std::fs::write(&p, bytes).unwrap();
    (d, p)
}

proptest! {
    #![proptest_config(config(48))]

    #[test]
    fn a_damaged_zip_is_read_or_refused(
        cut in 0.0f64..1.0,
        edits in proptest::collection::vec((0.0f64..1.0, any::<u8>()), 0..12),
    ) {
        let mut bytes = zipped(&files());
        for (at, b) in edits {
            let i = ((bytes.len() - 1) as f64 * at) as usize;
            bytes[i] = b;
        }
        if cut < 0.3 {
            let keep = (bytes.len() as f64 * cut / 0.3) as usize;
            bytes.truncate(keep);
        }
        let (_d, path) = temp_with("export.zip", &bytes);
        read_ok_or_clear(&path)?;
    }

    #[test]
    fn mangled_csv_files_are_read_or_refused(
        which in 0usize..14,
        junk in proptest::sample::select(vec!["\"", ",", "\n", "\r", "\"\"", "\u{feff}", "\0", "Notes:\n"]),
        at in proptest::collection::vec(0.0f64..1.0, 1..6),
        drop_lines in 0usize..3,
    ) {
        let mut all = files();
        let k = which % all.len();
        let text = String::from_utf8_lossy(&all[k].1).to_string();
        let mut lines: Vec<&str> = text.split('\n').collect();
        for _ in 0..drop_lines.min(lines.len()) {
            lines.remove(0);
        }
        let mut mangled = lines.join("\n");
        for a in at {
            let mut i = (mangled.len() as f64 * a) as usize;
            while !mangled.is_char_boundary(i) {
                i -= 1;
            }
            mangled.insert_str(i, junk);
        }
        all[k].1 = mangled.into_bytes();
        let d = tempfile::tempdir().unwrap();
        let dir = d.path().join("linkedin");
        std::fs::create_dir(&dir).unwrap();
        for (name, bytes) in &all {
            std::fs::write(dir.join(name), bytes).unwrap();
        }
        read_ok_or_clear(&dir)?;
    }
}
