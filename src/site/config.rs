//! `site.yaml`: the settings of a whole site, and the per-person settings
//! (theme, paper, section order, privacy) that a person's overrides may change.
//!
//! Unknown keys are errors with line, column and a did-you-mean, so a typo never
//! silently does nothing. This module does not look at `content/`; see `site::Site`.

use std::path::Path;

use serde::{Deserialize, Serialize};

use crate::error::{Error, Result, Source};
use crate::model::keys::{Field, Kind, Place, PRIVACY};
use crate::model::registry::unknown_section;
use crate::model::{Paper, Privacy, SECTION_ORDER};

/// The keys of `site.yaml`, as [`SiteConfig`] reads them (a test keeps the two in
/// step); the editor schema (`vitae schema site`) is made from this table.
pub static SITE: Place = Place {
    context: "site.yaml",
    fields: &[
        Field::new("title", Kind::Text),
        Field::new("base_url", Kind::Text),
        Field::new("description", Kind::Text),
        Field::new("theme", Kind::Text),
        Field::new("language", Kind::Text),
        Field::new("paper", Kind::Text),
        Field::new("pdf", Kind::Flag),
        Field::new("sections", Kind::TextList),
        Field::new("privacy", Kind::Object(&PRIVACY)),
    ],
    open: false,
};

/// The contents of `site.yaml`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct SiteConfig {
    pub title: String,
    /// Where the site will live, e.g. `https://example.org/cv/`; used for canonical
    /// URLs and the sitemap. Empty means links are relative only. Only absolute
    /// http(s) addresses are accepted, and they are read ending with `/`.
    #[serde(deserialize_with = "super::base_url::deserialize")]
    pub base_url: String,
    pub description: String,
    pub theme: String,
    /// BCP 47 language tag; picks month names and words like "Present".
    pub language: String,
    pub paper: Paper,
    /// Print each person's page to `<slug>/<slug>.pdf` at every build, as `--pdf` does.
    pub pdf: bool,
    /// Order of the résumé sections; sections not listed follow in the usual order.
    pub sections: Vec<String>,
    pub privacy: Privacy,
}

impl Default for SiteConfig {
    fn default() -> Self {
        SiteConfig {
            title: "Résumés".into(),
            base_url: String::new(),
            description: String::new(),
            theme: "classic".into(),
            language: "en".into(),
            paper: Paper::A4,
            pdf: false,
            sections: Vec::new(),
            privacy: Privacy::default(),
        }
    }
}

impl SiteConfig {
    /// Reads `site.yaml`; a missing file means all defaults.
    pub fn load(path: &Path) -> Result<Self> {
        if !path.exists() {
            return Ok(SiteConfig::default());
        }
        Self::parse(path, &read_yaml(path)?)
    }

    pub fn parse(path: &Path, text: &str) -> Result<Self> {
        // serde stops at the first unknown key; a file with several has each said.
        let unknown = crate::keyed::unknown_keys_in(path, text, false, &[&SITE], "this file");
        if unknown.len() > 1 {
            return Err(Error::Many(unknown));
        }
        let cfg: SiteConfig = serde_yaml::from_str(text).map_err(|e| {
            match super::base_url::from_serde_message(&e.to_string()) {
                Some((reason, value)) => Error::BaseUrl {
                    place: super::base_url::locate(path, text).to_string(),
                    value,
                    reason,
                },
                None => serde_error(path, text, &e),
            }
        })?;
        let cfg = crate::model::controls::cleaned(cfg);
        if let Some(key) = unknown_section(&cfg.sections) {
            return Err(Error::UnknownKey {
                file: Source::file(path),
                key: key.clone(),
                context: "`sections`".into(),
                expected: SECTION_ORDER.iter().map(|s| s.to_string()).collect(),
            });
        }
        Ok(cfg)
    }
}

/// The text of a settings file. YAML is Unicode by definition, and settings are
/// written in an editor, not exported from another program: so UTF-8 (a byte-order
/// mark is dropped) or an error at the first byte that is not, never a guessed
/// encoding. An empty file is an empty map: all defaults.
pub(crate) fn read_yaml(path: &Path) -> Result<String> {
    let bytes = std::fs::read(path).map_err(|e| Error::io(path, e))?;
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(&bytes);
    match std::str::from_utf8(bytes) {
        Ok(text) if text.trim().is_empty() => Ok("{}".to_string()),
        Ok(text) => Ok(text.to_string()),
        Err(e) => {
            let good = &bytes[..e.valid_up_to()];
            let line = 1 + good.iter().filter(|&&b| b == b'\n').count();
            let column = 1 + good.iter().rev().take_while(|&&b| b != b'\n').count();
            Err(Error::NotUtf8(Source::at(path, line, column)))
        }
    }
}

/// Where a top-level `key:` of the YAML file at `path` is: its line and the column of
/// its value; the file alone when it has no such line (or cannot be read).
pub(crate) fn top_level_key(path: &Path, key: &str) -> Source {
    let text = std::fs::read_to_string(path).unwrap_or_default();
    for (i, line) in text.lines().enumerate() {
        let Some(rest) = line
            .strip_prefix(key)
            .and_then(|r| r.trim_start().strip_prefix(':'))
        else {
            continue;
        };
        let value_at = line.len() - rest.trim_start().len();
        return Source::at(path, i + 1, line[..value_at].chars().count() + 1);
    }
    Source::file(path)
}

/// A serde_yaml error, turned into [`Error::UnknownKey`] (with its did-you-mean) when it
/// is serde's "unknown field" error, and into [`Error::Syntax`] otherwise.
pub(crate) fn serde_error(path: &Path, text: &str, e: &serde_yaml::Error) -> Error {
    let msg = e.to_string();

    if let Some(rest) = msg.split("unknown field `").nth(1) {
        if let Some((key, tail)) = rest.split_once('`') {
            let expected: Vec<String> = tail
                .split('`')
                .skip(1)
                .step_by(2)
                .map(str::to_string)
                .collect();
            let file = match e.location() {
                Some(l) => Source::at(path, l.line(), l.column()),
                None => Source::file(path),
            };
            let context = match msg.split_once(": unknown field") {
                Some((p, _)) if !p.contains(' ') => format!("`{p}`"),
                _ => "this file".to_string(),
            };
            return Error::UnknownKey {
                file,
                key: key.to_string(),
                context,
                expected,
            };
        }
    }
    crate::error::serde_words::yaml_error(path, text, e)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn key_table_is_the_struct() {
        let value = serde_json::to_value(SiteConfig::default()).unwrap();
        let fields: Vec<&str> = value
            .as_object()
            .unwrap()
            .keys()
            .map(String::as_str)
            .collect();
        assert_eq!(fields, SITE.keys().collect::<Vec<_>>());
    }

    #[test]
    fn every_unknown_key_is_said() {
        let text = "them: modern\ntitel: Team\nprivacy:\n  wbe: {}\n";
        let e = SiteConfig::parse(Path::new("site.yaml"), text).unwrap_err();
        let said: Vec<String> = e.into_list().iter().map(|e| e.to_string()).collect();
        assert_eq!(
            said,
            [
                "site.yaml:1:1: unknown key `them` in this file",
                "site.yaml:2:1: unknown key `titel` in this file",
                "site.yaml:4:3: unknown key `wbe` in `privacy`",
            ]
        );
    }

    #[test]
    fn settings_files_are_utf8_and_empty_means_defaults() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("site.yaml");
        std::fs::write(&path, "").unwrap();
        assert_eq!(
            SiteConfig::load(&path).unwrap().title,
            SiteConfig::default().title
        );
        std::fs::write(&path, b"\xEF\xBB\xBFtitle: T\n").unwrap();
        assert_eq!(SiteConfig::load(&path).unwrap().title, "T");
        std::fs::write(&path, b"title: T\nauthor: Ren\xE9e\n").unwrap();
        let e = SiteConfig::load(&path).unwrap_err().to_string();
        assert!(e.contains("site.yaml:2:12: not valid UTF-8"), "{e}");
    }

    #[test]
    fn defaults_when_empty() {
        let cfg = SiteConfig::parse(Path::new("site.yaml"), "{}").unwrap();
        assert_eq!(cfg, SiteConfig::default());
    }

    #[test]
    fn reads_fields() {
        let cfg = SiteConfig::parse(
            Path::new("site.yaml"),
            "title: Team\nbase_url: https://x.org/\npaper: Letter\npdf: true\nsections: [education, work]\nprivacy:\n  print: {phone: false}\n",
        )
        .unwrap();
        assert_eq!(cfg.paper, Paper::Letter);
        assert!(cfg.pdf);
        assert_eq!(cfg.sections, vec!["education", "work"]);
        assert!(!cfg.privacy.print.phone);
        assert!(cfg.privacy.print.email);
    }

    #[test]
    fn unknown_key_has_location_and_suggestion() {
        let e = SiteConfig::parse(Path::new("site.yaml"), "title: T\nthme: modern\n").unwrap_err();
        let Error::UnknownKey { file, key, .. } = &e else {
            panic!("{e:?}")
        };
        assert_eq!(key, "thme");
        assert_eq!(file.at.unwrap().line, 2);
        assert_eq!(e.hint().unwrap(), "did you mean `theme`?");
    }

    #[test]
    fn base_url_must_be_http_and_is_read_with_a_slash() {
        let cfg =
            SiteConfig::parse(Path::new("site.yaml"), "base_url: https://x.org/cv\n").unwrap();
        assert_eq!(cfg.base_url, "https://x.org/cv/");
        let e = SiteConfig::parse(
            Path::new("site.yaml"),
            "title: T\nbase_url: javascript:alert(1)//\n",
        )
        .unwrap_err();
        assert_eq!(
            e.to_string(),
            "site.yaml:2:11: base_url `javascript:alert(1)//` has the scheme `javascript:`; \
             only http:// and https:// addresses are accepted"
        );
        assert!(e.hint().unwrap().contains("https://example.org/cv/"));
    }

    #[test]
    fn top_level_keys_are_found_at_their_value() {
        let d = tempfile::tempdir().unwrap();
        let p = d.path().join("site.yaml");
        std::fs::write(
            &p,
            "title: T\n# theme: no\n  theme: nested\ntheme:  modern\n",
        )
        .unwrap();
        assert_eq!(
            top_level_key(&p, "theme").at.map(|a| (a.line, a.column)),
            Some((4, 9))
        );
        assert_eq!(top_level_key(&p, "paper").at, None);
    }

    #[test]
    fn unknown_section_name_is_an_error() {
        let e = SiteConfig::parse(Path::new("site.yaml"), "sections: [wrok]\n").unwrap_err();
        assert_eq!(e.hint().unwrap(), "did you mean `work`?");
    }
}
