//! `vitae init DIR`: a new one-person site that builds as it is, for the person
//! to replace the sample résumé with their own; its settings files start with the
//! line that points YAML language servers at the local schemas it writes beside them
//! (`.vitae/schema/`, see [`crate::schema`]).

mod ci;

pub use ci::{workflow, write_ci, Ci, GITHUB_WORKFLOW, REPOSITORY_PLACEHOLDER};

use std::path::Path;

use crate::error::{Error, Result, Source};
use crate::schema::{modeline, write_local, SchemaFile};

const SITE_YAML: &str = "\
# Site settings. Every key is optional.
title: My résumé
# base_url: https://example.org/      # where the site will live (canonical URLs, sitemap)
theme: classic                        # classic, modern or academic
language: en
paper: A4                             # A4 or Letter, for print
# sections: [work, education, projects, skills]   # section order
";

const RESUME_MD: &str = "\
# Alex Example

alex@example.org | +1 555 010 0100 | github.com/alex-example

## Experience

### Example Corp — Software Engineer
Jan 2022 – Present | Springfield, IL

- Built the things that needed building.
- Replace this file with your own résumé: Markdown, text copied from a PDF,
  JSON Resume (resume.json) or YAML (resume.yaml).

## Education

State University — B.S. in Computer Science, 2021

## Skills

- Languages: Rust, Python, SQL
";

const OVERRIDES_YAML: &str = "\
# Corrections and additions, merged over what vitae reads from resume.md.
# Run `vitae parse content/me/resume.md` to see what was read.
#
# basics:
#   label: Software Engineer
#   summary: Short introduction, **Markdown** allowed.
# work:
#   - name: Example Corp          # matched by name (and position)
#     location: Springfield, IL
#   - name: Old Job Ltd
#     hidden: true                 # keep it off the page
# order: [work, skills, education]
";

/// What a build writes that is not the site's source: the output, what a build keeps
/// beside it while it runs, and the PDFs kept by content (see `build::pdf`).
const GITIGNORE: &str = "\
/public/
/.public.*
/.vitae-build.lock
/.vitae-cache/
";

/// Creates the site; refuses a folder that already has files in it.
pub fn init_site(dir: &Path) -> Result<()> {
    if dir.exists() {
        let mut entries = std::fs::read_dir(dir).map_err(|e| Error::io(dir, e))?;
        if entries.next().is_some() {
            return Err(Error::Invalid {
                file: Source::file(dir),
                message: "the folder is not empty; give a new or empty folder".into(),
            });
        }
    }
    let person = dir.join("content").join("me");
    std::fs::create_dir_all(&person).map_err(|e| Error::io(&person, e))?;
    let site_yaml = modeline(SchemaFile::Site, "") + SITE_YAML;
    let overrides_yaml = modeline(SchemaFile::Overrides, "../../") + OVERRIDES_YAML;
    for (path, text) in [
        (dir.join("site.yaml"), site_yaml.as_str()),
        (person.join("resume.md"), RESUME_MD),
        (person.join("overrides.yaml"), overrides_yaml.as_str()),
        (dir.join(".gitignore"), GITIGNORE),
    ] {
        std::fs::write(&path, text).map_err(|e| Error::io(&path, e))?;
    }
    write_local(dir)?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn refuses_non_empty_folder() {
        let d = tempfile::tempdir().unwrap();
        std::fs::write(d.path().join("x"), "x").unwrap();
        assert!(init_site(d.path()).is_err());
    }

    #[test]
    fn writes_a_site() {
        let d = tempfile::tempdir().unwrap();
        let site = d.path().join("new");
        init_site(&site).unwrap();
        assert!(site.join("site.yaml").is_file());
        assert!(site.join("content/me/resume.md").is_file());
        let ignored = std::fs::read_to_string(site.join(".gitignore")).unwrap();
        assert!(ignored.lines().any(|l| l == "/.vitae-cache/"), "{ignored}");
        crate::site::SiteConfig::load(&site.join("site.yaml")).unwrap();
        // Each settings file names its schema on its first line, by a path that exists.
        for (file, rel) in [
            (SchemaFile::Site, "site.yaml"),
            (SchemaFile::Overrides, "content/me/overrides.yaml"),
        ] {
            let path = site.join(rel);
            let text = std::fs::read_to_string(&path).unwrap();
            let first = text.lines().next().unwrap();
            let target = first
                .strip_prefix("# yaml-language-server: $schema=")
                .unwrap_or_else(|| panic!("{rel}: {first}"));
            let schema = path.parent().unwrap().join(target);
            assert_eq!(std::fs::read_to_string(&schema).unwrap(), file.text());
        }
    }
}
