//! LinkedIn's data export ("Get a copy of your data") → JSON Resume.
//!
//! Takes the `.zip` LinkedIn sends, or the folder it unpacks to; gives a
//! [`Resume`] read field by field from its CSV files (the profile, e-mail addresses,
//! phone numbers, positions, education, skills, languages, certifications, projects,
//! honors, publications, volunteering; see `map` for where each column goes), or a
//! [`Problem`] naming the file, line and column at fault. Files it doesn't map
//! (messages, connections, …) are never opened; any of the mapped ones may be missing.
//!
//! Unlike the format readers (`formats`), which lower a document to lines for the
//! text reader to interpret, the export is structured data and enters the way JSON
//! Resume does: as a résumé. It lives beside `text` rather than under `formats`
//! because it borrows the text reader's date and place reading, and `formats` is the
//! layer below `text`.
//!
//! Modules: [`archive`] finds the files under size caps, [`table`] reads one CSV,
//! [`map`] turns the tables into a résumé, [`values`] reads dates and list fields.

mod archive;
mod map;
mod table;
#[cfg(test)]
mod tests;
mod values;

use std::path::Path;

use crate::model::Resume;

/// Files only an export of a person's profile has, at its top: a zip or a folder
/// holding one of them is taken for an export. Every export with profile data has
/// both, so one of them is enough.
const MARKERS: &[&str] = &["Profile.csv", "Positions.csv"];

/// Why an export can't be read: where (a file of the export, a line), what, and
/// what to do.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// The export's file at fault, as the reader names it; `None` for the archive.
    pub entry: Option<&'static str>,
    /// The line of `entry` at fault.
    pub line: Option<usize>,
    pub message: String,
    pub hint: String,
}

impl Problem {
    fn new(message: impl Into<String>, hint: &str) -> Problem {
        Problem {
            entry: None,
            line: None,
            message: message.into(),
            hint: hint.to_string(),
        }
    }

    fn in_file(entry: &'static str, message: String, hint: &str) -> Problem {
        Problem {
            entry: Some(entry),
            ..Problem::new(message, hint)
        }
    }

    fn at(entry: &'static str, line: usize, message: String, hint: &str) -> Problem {
        Problem {
            line: Some(line),
            ..Problem::in_file(entry, message, hint)
        }
    }
}

/// Whether `path` is read as a LinkedIn export when named on the command line: a
/// folder, or a `.zip` (what it holds is checked when it is read).
pub fn is_candidate(path: &Path) -> bool {
    path.is_dir() || has_zip_extension(path)
}

/// Whether `path`, a file or folder in a person's folder, is a LinkedIn export: a
/// `.zip` or a folder named for LinkedIn (as its archive is, and the folder it
/// unpacks to) or holding the profile's files. One named so that holds none of them
/// is still taken, so that reading it says what is missing.
pub fn is_export(path: &Path) -> bool {
    let named = (path.file_name().and_then(|n| n.to_str()))
        .is_some_and(|n| n.to_ascii_lowercase().contains(NAME));
    if path.is_dir() {
        named || archive::has_any(&archive::dir_names(path), MARKERS)
    } else if has_zip_extension(path) {
        named || archive::zip_names(path).is_some_and(|names| archive::has_any(&names, MARKERS))
    } else {
        false
    }
}

/// What LinkedIn's archive is named after (`Basic_LinkedInDataExport_….zip`), and a
/// person may name its folder (`linkedin/`).
const NAME: &str = "linkedin";

fn has_zip_extension(path: &Path) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| e.eq_ignore_ascii_case("zip"))
}

/// Reads the export at `path` (a folder or a zip) into a résumé.
pub fn read(path: &Path) -> Result<Resume, Problem> {
    let found = if path.is_dir() {
        archive::from_dir(path, &map::files())?
    } else {
        archive::from_zip(path, &map::files())?
    };
    if found.is_empty() {
        return Err(Problem::new(
            format!(
                "no file of a LinkedIn export in it (looked for {})",
                map::files().join(", ")
            ),
            "give the archive LinkedIn sends from Settings → Data privacy → Get a copy of \
             your data, or the folder it unpacks to",
        ));
    }
    map::resume(&found)
}
