//! `vitae show`: one person's résumé exactly as the site publishes it in
//! `resume.json` — read, overrides merged, privacy applied for the web.
//!
//! It takes a site root and a slug and gives the published résumé; it reads only
//! that person and writes nothing. Printing it (JSON or YAML) is the CLI's job.

use std::path::Path;

use crate::error::{Error, Result};
use crate::model::Resume;
use crate::parse::ResumeParser;
use crate::site::Site;

use super::pages;

/// The résumé `vitae build` would write to `<slug>/resume.json`. An unknown slug is
/// an error that lists the site's people (with a did-you-mean).
pub fn show_person(root: &Path, slug: &str) -> Result<Resume> {
    let site = Site::load(root, crate::parse::source_rank)?;
    let Some(source) = site.people.iter().find(|p| p.slug == slug) else {
        return Err(Error::NoPerson {
            root: site.content_dir(),
            slug: slug.to_string(),
            people: site.people.iter().map(|p| p.slug.clone()).collect(),
        });
    };
    let person = super::people::load(source, &ResumeParser::new())?;
    Ok(pages::public_resume(&person, &site.config))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn site() -> tempfile::TempDir {
        let d = tempfile::tempdir().unwrap();
        let ada = d.path().join("content/ada-fixture");
        std::fs::create_dir_all(&ada).unwrap();
        std::fs::write(
            ada.join("resume.json"),
            r#"{"basics":{"name":"Ada","phone":"+1 555 0100"},"x-note":"mine"}"#,
        )
        .unwrap();
        std::fs::write(
            ada.join("overrides.yaml"),
            "basics: {label: Engineer}\nprivacy: {web: {phone: false}}\n",
        )
        .unwrap();
        d
    }

    #[test]
    fn shows_the_merged_resume_with_privacy_applied() {
        let d = site();
        let r = show_person(d.path(), "ada-fixture").unwrap();
        assert_eq!(r.basics.label.as_deref(), Some("Engineer"));
        assert_eq!(r.basics.phone, None);
        assert!(r.extra.is_empty(), "{:?}", r.extra);
    }

    #[test]
    fn an_unknown_slug_names_the_people() {
        let d = site();
        let e = show_person(d.path(), "ada-fixtur").unwrap_err();
        assert!(matches!(&e, Error::NoPerson { slug, .. } if slug == "ada-fixtur"));
        assert_eq!(
            e.hint().unwrap(),
            "did you mean `ada-fixture`? people: ada-fixture"
        );
    }
}
