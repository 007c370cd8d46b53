//! Where a LinkedIn export's CSV files come from: the `.zip` LinkedIn sends, or the
//! folder it unpacks to.
//!
//! Takes a path; gives the decoded text of each file the reader wants (by name,
//! matched without regard to case), each read under a size cap, or a [`Problem`]
//! saying what is wrong with the archive. A zip's entries may sit in a folder (an
//! export unpacked and zipped again): the shallowest entry of a name is taken.
//!
//! It does not parse CSV: that is `table`'s job. It reads nothing but the wanted
//! files: never the messages, connections or media an export also holds.

use std::fs::File;
use std::io::Read;
use std::path::Path;

use zip::ZipArchive;

use super::Problem;
use crate::parse::formats::encoding;

/// More entries than any export has (a complete one holds a few hundred, articles
/// included): past it the archive is no export, and walking it would only cost time.
pub const MAX_ENTRIES: usize = 20_000;

/// The largest CSV file read: a profile's files are kilobytes, so one past this is
/// no profile (or a zip bomb whose header lies about its size).
pub const MAX_CSV: u64 = 16 * 1024 * 1024;

/// The text of one wanted file, by the name the reader asked for.
pub struct Found {
    pub name: &'static str,
    pub text: String,
}

const REDOWNLOAD: &str =
    "download the archive again from LinkedIn (Settings → Data privacy → Get a copy of your data)";

/// The wanted files in the zip at `path`, in the order of `wanted`.
pub fn from_zip(path: &Path, wanted: &[&'static str]) -> Result<Vec<Found>, Problem> {
    let file = File::open(path).map_err(|e| Problem::new(format!("cannot open: {e}"), ""))?;
    let mut zip = ZipArchive::new(file).map_err(|e| {
        Problem::new(
            format!("not a readable zip archive: damaged, cut short or no zip ({e})"),
            REDOWNLOAD,
        )
    })?;
    if zip.len() > MAX_ENTRIES {
        return Err(Problem::new(
            format!(
                "not a LinkedIn export: the archive holds {} files (an export has a few hundred at most)",
                zip.len()
            ),
            REDOWNLOAD,
        ));
    }
    let names: Vec<String> = zip.file_names().map(str::to_string).collect();
    let mut out = Vec::new();
    for &want in wanted {
        let Some(entry) = shallowest(&names, want) else {
            continue;
        };
        let mut file = zip.by_name(entry).map_err(|e| damaged(entry, &e))?;
        if file.encrypted() {
            return Err(Problem::in_file(
                want,
                "encrypted inside the archive".into(),
                REDOWNLOAD,
            ));
        }
        let bytes =
            capped(&mut file, want).map_err(|e| e.unwrap_or_else(|e| damaged(entry, &e)))?;
        out.push(Found {
            name: want,
            text: decode(want, &bytes)?,
        });
    }
    Ok(out)
}

/// The wanted files in the folder at `path`. Only regular files are read: a link in
/// the folder is refused, since what it points at may be outside the site.
pub fn from_dir(path: &Path, wanted: &[&'static str]) -> Result<Vec<Found>, Problem> {
    let entries = std::fs::read_dir(path)
        .map_err(|e| Problem::new(format!("cannot read the folder: {e}"), ""))?;
    let mut names: Vec<String> = entries
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .collect();
    names.sort();
    let mut out = Vec::new();
    for &want in wanted {
        let Some(name) = names.iter().find(|n| n.eq_ignore_ascii_case(want)) else {
            continue;
        };
        let file = path.join(name);
        let meta = std::fs::symlink_metadata(&file)
            .map_err(|e| Problem::in_file(want, format!("cannot be read: {e}"), ""))?;
        if meta.file_type().is_symlink() {
            return Err(Problem::in_file(
                want,
                "a symbolic link, which is not followed".into(),
                "copy the file itself into the folder",
            ));
        }
        if !meta.is_file() {
            continue;
        }
        let mut f = File::open(&file)
            .map_err(|e| Problem::in_file(want, format!("cannot be read: {e}"), ""))?;
        let bytes = capped(&mut f, want).map_err(|e| {
            e.unwrap_or_else(|e| Problem::in_file(want, format!("cannot be read: {e}"), ""))
        })?;
        out.push(Found {
            name: want,
            text: decode(want, &bytes)?,
        });
    }
    Ok(out)
}

/// Whether a zip's entry names or a folder's file names hold one of `markers`.
pub fn has_any(names: &[String], markers: &[&str]) -> bool {
    markers.iter().any(|m| shallowest(names, m).is_some())
}

/// The entry named `want` (its last path segment, any case) nearest the top.
fn shallowest<'a>(names: &'a [String], want: &str) -> Option<&'a str> {
    names
        .iter()
        .filter(|n| {
            let last = n.rsplit(['/', '\\']).next().unwrap_or(n);
            last.eq_ignore_ascii_case(want)
        })
        .min_by_key(|n| n.matches(['/', '\\']).count())
        .map(String::as_str)
}

/// All of `r`, refused past [`MAX_CSV`]: `Err(Ok(problem))` for too large,
/// `Err(Err(io))` for a failed read.
fn capped(
    r: &mut impl Read,
    name: &'static str,
) -> Result<Vec<u8>, Result<Problem, std::io::Error>> {
    let mut bytes = Vec::new();
    r.take(MAX_CSV + 1).read_to_end(&mut bytes).map_err(Err)?;
    if bytes.len() as u64 > MAX_CSV {
        return Err(Ok(Problem::in_file(
            name,
            format!(
                "larger than {} MB, more than any profile's file (a zip bomb, or no LinkedIn export)",
                MAX_CSV / (1024 * 1024)
            ),
            REDOWNLOAD,
        )));
    }
    Ok(bytes)
}

fn decode(name: &'static str, bytes: &[u8]) -> Result<String, Problem> {
    encoding::decode(bytes).map(|d| d.text).map_err(|_| {
        Problem::in_file(
            name,
            "binary data where a CSV file should be".into(),
            REDOWNLOAD,
        )
    })
}

fn damaged(entry: &str, e: &dyn std::fmt::Display) -> Problem {
    Problem::new(
        format!("not a readable zip archive: {entry} is damaged ({e})"),
        REDOWNLOAD,
    )
}

/// The entry names of the zip at `path`; `None` when it is no readable zip.
pub fn zip_names(path: &Path) -> Option<Vec<String>> {
    let zip = ZipArchive::new(File::open(path).ok()?).ok()?;
    (zip.len() <= MAX_ENTRIES).then(|| zip.file_names().map(str::to_string).collect())
}

/// The names of the regular files in the folder at `path` (links left out).
pub fn dir_names(path: &Path) -> Vec<String> {
    let Ok(entries) = std::fs::read_dir(path) else {
        return Vec::new();
    };
    entries
        .filter_map(|e| {
            let e = e.ok()?;
            e.file_type().ok()?.is_file().then_some(())?;
            e.file_name().into_string().ok()
        })
        .collect()
}
