//! Reading a person's résumé source with its keys checked: a `resume.json` or
//! `resume.yaml` is held to the same key table as `overrides.yaml` (plus the lists a
//! source may add, [`SOURCE_EXTRAS`]), so a typo (`nmae`, `wrok`) is an error at its
//! line and column with a did-you-mean, never a key published as it is. Unknown keys
//! are allowed only under `meta` and as `x-…`, as in overrides. Every unknown key is
//! reported, with the source's own parse errors. Text sources are parsed as before.

use std::path::Path;

use crate::error::{Error, Result};
use crate::model::registry::RESUME;
use crate::model::source_keys::SOURCE_EXTRAS;
use crate::model::Resume;
use crate::parse::{
    decode_text, load_resume, load_resume_bytes, parse_str, read_text, ResumeParser, SourceFormat,
};

/// The résumé in `path`, read and (for JSON and YAML) checked key by key.
pub fn load_source(path: &Path, parser: &ResumeParser) -> Result<Resume> {
    load_source_from(path, None, parser)
}

/// [`load_source`], parsing `bytes` when given (the file's contents, already read for
/// its cache key) instead of reading the file again.
pub fn load_source_from(
    path: &Path,
    bytes: Option<&[u8]>,
    parser: &ResumeParser,
) -> Result<Resume> {
    let json = match SourceFormat::from_path(path) {
        Some(SourceFormat::Json) => true,
        Some(SourceFormat::Yaml) => false,
        _ => {
            return match bytes {
                Some(bytes) => load_resume_bytes(path, bytes, parser),
                None => load_resume(path, parser),
            }
        }
    };
    let text = match bytes {
        Some(bytes) => decode_text(path, bytes)?.0,
        None => read_text(path)?,
    };
    let format = if json {
        SourceFormat::Json
    } else {
        SourceFormat::Yaml
    };
    let unknown = unknown_keys(path, &text, json);
    match (parse_str(path, &text, format, parser), unknown.is_empty()) {
        (Ok(resume), true) => Ok(resume),
        (Ok(_), false) => Err(Error::Many(unknown)),
        (Err(e), true) => Err(e),
        (Err(e), false) => Err(Error::Many(
            unknown.into_iter().chain(e.into_list()).collect(),
        )),
    }
}

/// The unknown keys of a JSON or YAML résumé. Values of the wrong kind and broken
/// syntax are left to the source's own parse, which says them as before.
pub fn unknown_keys(path: &Path, text: &str, json: bool) -> Vec<Error> {
    crate::keyed::unknown_keys_in(path, text, json, &[&RESUME, &SOURCE_EXTRAS], "the résumé")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn keys(text: &str, json: bool) -> Vec<String> {
        unknown_keys(
            Path::new(if json { "r.json" } else { "r.yaml" }),
            text,
            json,
        )
        .iter()
        .map(|e| format!("{e} / {}", e.hint().unwrap_or_default()))
        .collect()
    }

    #[test]
    fn typos_are_found_with_their_place() {
        let json = "{\n  \"basics\": {\"nmae\": \"Ada\"},\n  \"wrok\": [],\n  \"work\": [{\"name\": \"A\", \"postion\": \"B\"}]\n}";
        assert_eq!(
            keys(json, true),
            [
                "r.json:2:14: unknown key `nmae` in `basics` / did you mean `name`?",
                "r.json:3:3: unknown key `wrok` in the résumé / did you mean `work`?",
                "r.json:4:26: unknown key `postion` in a `work` entry / did you mean `position`?",
            ]
        );
        let yaml = "basics:\n  nmae: Ada\nwrok: []\n";
        assert_eq!(
            keys(yaml, false),
            [
                "r.yaml:2:3: unknown key `nmae` in `basics` / did you mean `name`?",
                "r.yaml:3:1: unknown key `wrok` in the résumé / did you mean `work`?",
            ]
        );
    }

    #[test]
    fn extensions_meta_and_custom_keys_are_fine() {
        let yaml = "\
$schema: https://example.test/schema.json
basics: {name: Ada, x-pronouns: she/her}
work: [{name: A, keywords: [Rust]}]
education: [{institution: U, location: Turin, honors: Cum laude}]
projects: [{name: P, location: Remote}]
talks: [{name: T, event: E, date: '2020'}]
teaching: [{name: C, institution: U, highlights: [Taught.]}]
meta: {anything: [1, 2]}
x-notes: {free: form}
";
        assert_eq!(keys(yaml, false), Vec::<String>::new());
        assert_eq!(
            keys("work: [{name: A, hidden: true}]\n", false),
            ["r.yaml:1:18: unknown key `hidden` in a `work` entry / expected one of: name, location, description, position, url, startDate, endDate, summary, highlights, keywords"]
        );
    }
}
