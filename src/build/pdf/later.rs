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
                let person = PersonSource::scan(&dir)?.load(&self.parser)?;
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

    #[test]
    fn nothing_is_printed_without_a_browser_or_when_off() {
        let d = tempfile::tempdir().unwrap();
        let root = d.path().join("site");
        std::fs::create_dir_all(root.join("content/ada")).unwrap();
        std::fs::write(root.join("site.yaml"), "title: T\npdf: true\n").unwrap();
        std::fs::write(root.join("content/ada/resume.md"), "# Ada Example\n").unwrap();
        let out = d.path().join("out");
        let opts = BuildOptions {
            browser: Some("/nonexistent/chromium".into()),
            pdf_later: true,
            ..Default::default()
        };
        let b = SiteBuilder::load(&root, opts).unwrap();
        assert!(matches!(b.pdf_plan(), Plan::NoBrowser(_)));
        b.build_all(&out).unwrap();
        assert!(b.print_pdfs(&["ada".into()], &out).is_empty());
        assert!(!out.join("ada/ada.pdf").exists());
    }
}
