//! Printing some people's PDFs into a folder that already holds a full build, for
//! `serve`: the pages are rebuilt and reloaded first, and the PDFs follow.
//!
//! Takes the slugs to print and the built folder; gives one result per PDF, printed
//! or taken from the same cache as `build` (so an unchanged person is not printed
//! again), each written into place atomically. It does not prune the cache (a full
//! `build` does), nor run in the background: the caller chooses the thread.

use std::path::Path;

use crate::build::{pages, SiteBuilder};
use crate::error::{Error, Result};
use crate::site::PersonSource;

use super::{cache, prints, Plan, Printed, Printer};

impl SiteBuilder {
    /// Whether this site prints PDFs, and with which browser.
    pub fn pdf_plan(&self) -> &Plan {
        &self.pdf
    }

    /// Prints (or takes from the cache) the PDFs of the people `slugs` into `output`,
    /// re-reading each from disk. People who are gone, or who have a PDF of their own,
    /// are passed over; nothing is printed unless the plan is [`Plan::On`].
    pub fn print_pdfs(&self, slugs: &[String], output: &Path) -> Vec<Result<Printed>> {
        let Plan::On(browser) = &self.pdf else {
            return Vec::new();
        };
        let store = self.site.root.join(cache::DIR);
        if let Err(e) = std::fs::create_dir_all(&store) {
            return vec![Err(Error::io(&store, e))];
        }
        // The same count as the pages were rendered with, so the print copy matches.
        let count = self.links.lock().unwrap_or_else(|e| e.into_inner()).len();
        let mut done = Vec::new();
        for slug in slugs {
            let dir = self.site.content_dir().join(slug);
            if !dir.is_dir() || !output.join(slug).is_dir() {
                continue;
            }
            let printed = (|| {
                let person = crate::build::people::load(
                    &PersonSource::scan(&dir, crate::parse::source_rank)?,
                    &self.parser,
                )?;
                if !prints(&person) {
                    return Ok(None);
                }
                let renderers = self.renderers(std::slice::from_ref(&person))?;
                let site = pages::site_vars(&self.config, count.max(1));
                let printer = Printer {
                    root: &self.site.root,
                    config: &self.config,
                    renderers: &renderers,
                    site: &site,
                    out: output,
                    sink: None,
                };
                printer
                    .print(browser, &person, &store)
                    .map(|(p, _)| Some(p))
            })();
            match printed {
                Ok(Some(p)) => done.push(Ok(p)),
                Ok(None) => {}
                Err(e) => done.push(Err(e)),
            }
        }
        done
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::build::BuildOptions;

    /// A site of two people, one with a PDF of their own, and its built output.
    fn site(browser: &Path) -> (tempfile::TempDir, SiteBuilder, std::path::PathBuf) {
        let d = tempfile::tempdir().unwrap();
        let root = d.path().join("site");
        for dir in ["content/ada", "content/bo"] {
            std::fs::create_dir_all(root.join(dir)).unwrap();
        }
        std::fs::write(root.join("site.yaml"), "title: T\npdf: true\n").unwrap();
        std::fs::write(root.join("content/ada/resume.md"), "# Ada Example\n").unwrap();
        std::fs::write(root.join("content/bo/resume.md"), "# Bo Example\n").unwrap();
        std::fs::write(root.join("content/bo/cv.pdf"), "%PDF-1.4\n").unwrap();
        let out = d.path().join("out");
        let opts = BuildOptions {
            browser: Some(browser.to_path_buf()),
            pdf_later: true,
            ..Default::default()
        };
        let b = SiteBuilder::load(&root, opts).unwrap();
        b.build_all(&out).unwrap();
        (d, b, out)
    }

    #[test]
    fn nothing_is_printed_without_a_browser() {
        let (_d, b, out) = site(Path::new("/nonexistent/chromium"));
        assert!(matches!(b.pdf_plan(), Plan::NoBrowser(_)));
        assert!(b.print_pdfs(&["ada".into()], &out).is_empty());
        assert!(!out.join("ada/ada.pdf").exists());
    }

    /// A stand-in browser: a script that writes a one-page PDF where it is told to,
    /// or fails.
    #[cfg(unix)]
    fn fake_browser(dir: &Path, works: bool) -> std::path::PathBuf {
        use std::os::unix::fs::PermissionsExt;
        let path = dir.join(if works { "good-browser" } else { "bad-browser" });
        let body = if works {
            "for a; do case $a in --print-to-pdf=*) \
             printf '%%PDF-1.4 <</Type /Page>>' > \"${a#--print-to-pdf=}\";; esac; done"
        } else {
            "echo 'cannot print' >&2; exit 3"
        };
        std::fs::write(&path, format!("#!/bin/sh\n{body}\n")).unwrap();
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o755)).unwrap();
        path
    }

    #[cfg(unix)]
    #[test]
    fn prints_into_place_once_then_from_the_cache() {
        let bin = tempfile::tempdir().unwrap();
        let (_d, b, out) = site(&fake_browser(bin.path(), true));
        assert!(!out.join("ada/ada.pdf").exists(), "the build did not print");
        let slugs = ["ada".to_string(), "bo".into(), "gone".into()];
        let first: Vec<Printed> = b
            .print_pdfs(&slugs, &out)
            .into_iter()
            .map(|r| r.unwrap())
            .collect();
        assert_eq!(first.len(), 1, "bo has a PDF of their own; gone is gone");
        assert_eq!(
            (first[0].path.as_str(), first[0].pages, first[0].cached),
            ("ada/ada.pdf", 1, false)
        );
        assert!(std::fs::read(out.join("ada/ada.pdf"))
            .unwrap()
            .starts_with(b"%PDF"));
        let left: Vec<_> = std::fs::read_dir(out.join("ada"))
            .unwrap()
            .flatten()
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .filter(|n| n.starts_with('.'))
            .collect();
        assert!(
            left.is_empty(),
            "no temporary file or print copy left: {left:?}"
        );
        let again = b.print_pdfs(&slugs, &out);
        assert!(
            again[0].as_ref().unwrap().cached,
            "unchanged: not printed again"
        );
        // A later full build keeps the PDF until it is printed again.
        b.build_all(&out).unwrap();
        assert!(out.join("ada/ada.pdf").is_file());
    }

    #[cfg(unix)]
    #[test]
    fn a_failed_print_is_an_error_for_that_pdf() {
        let bin = tempfile::tempdir().unwrap();
        let (_d, b, out) = site(&fake_browser(bin.path(), false));
        let results = b.print_pdfs(&["ada".into()], &out);
        let report = results[0].as_ref().unwrap_err().report();
        assert!(report.contains("ada/ada.pdf"), "{report}");
        assert!(!out.join("ada/ada.pdf").exists());
    }
}
