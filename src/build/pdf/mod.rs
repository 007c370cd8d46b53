//! PDFs to download (`vitae build --pdf`, or `pdf: true` in `site.yaml`): each
//! person's page printed with its print stylesheet to `<slug>/<slug>.pdf`, linked
//! from the page.
//!
//! A detail privacy shows in print but hides on the web must reach the PDF and never
//! the published HTML. So the page that is printed is a separate print copy, rendered
//! from the print medium's data ([`pages::person_vars_for`]); it is written into a
//! folder laid out as the output, beside copies of the theme's files and the person's
//! assets (so its links resolve as the page's do), printed, and removed; the PDF joins
//! the build's pending files, so a print that fails leaves the previous site whole. The published page, for its part, leaves out the details shown
//! only in print ([`Plan::adjust`]).
//!
//! PDFs are kept in the site's cache folder ([`cache::DIR`]) by content, so an
//! unchanged person is not printed again. Without a browser the site is built without
//! PDFs, and the build says so once. For `serve`, [`later`] prints chosen people into
//! the served folder after the pages are up; this module does not decide when.

mod browser;
mod cache;
mod later;

use std::fmt;

use rayon::prelude::*;
use std::path::{Path, PathBuf};

use super::people::Person;
use crate::error::{Error, Result};
use crate::model::Medium;
use crate::render::{path_segment, PersonVars, SiteVars};
use crate::site::SiteConfig;

use super::output::write_file;
use super::write::Sink;
use super::{pages, Renderers};

/// The file name of the print copy while it is printed; never published.
const PRINT_COPY: &str = ".vitae-print.html";

/// Whether this build makes PDFs, and with which browser.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Plan {
    /// Not asked for.
    Off,
    /// Asked for, but no browser: the message to show.
    NoBrowser(String),
    /// Printed with this browser.
    On(PathBuf),
}

impl Plan {
    /// The plan for a build that `wanted` PDFs, printing with `browser` if given.
    pub fn new(wanted: bool, browser: Option<&Path>) -> Plan {
        if !wanted {
            return Plan::Off;
        }
        match browser::find(browser) {
            Ok(path) => Plan::On(path),
            Err(message) => Plan::NoBrowser(message),
        }
    }

    /// Prints (or takes from the cache) everyone's PDF when the plan says so; gives the
    /// PDFs written and the warnings to show (no browser, a PDF that is too long).
    pub(super) fn run(
        &self,
        printer: &Printer,
        people: &[Person],
    ) -> Result<(Vec<Printed>, Vec<String>)> {
        match self {
            Plan::Off => Ok((Vec::new(), Vec::new())),
            Plan::NoBrowser(message) => Ok((Vec::new(), vec![message.clone()])),
            Plan::On(browser) => {
                let pdfs = printer.print_all(browser, people)?;
                let warnings = pdfs.iter().filter_map(Printed::warning).collect();
                Ok((pdfs, warnings))
            }
        }
    }

    /// [`Plan::run`]; or, when the PDFs are printed `later` (by `serve`), nothing
    /// printed: the PDFs of the previous build stay in the output, which is written in
    /// place (and which keeps them as vitae's own, see `build::full`).
    pub(super) fn run_or_keep(
        &self,
        later: bool,
        printer: &Printer,
        people: &[Person],
    ) -> Result<(Vec<Printed>, Vec<String>)> {
        if later {
            return Ok((Vec::new(), Vec::new()));
        }
        self.run(printer, people)
    }

    /// Adjusts a person's web page for this plan: when PDFs were asked for, details
    /// shown only in print are left out of the page (they belong in the PDF); when
    /// one is printed, the page links it.
    pub fn adjust(&self, vars: &mut PersonVars, person: &Person, page_path: &str) {
        if *self == Plan::Off {
            return;
        }
        vars.contacts.retain(|c| c.web);
        if matches!(self, Plan::On(_)) && prints(person) {
            let prefix = if page_path.is_empty() {
                format!("{}/", path_segment(&person.slug))
            } else {
                String::new()
            };
            vars.print_pdf = Some(format!("{prefix}{}", path_segment(&file_name(person))));
        }
    }
}

/// Whether vitae prints this person's PDF: not when they have a PDF of their own in
/// their folder, which the page links instead.
fn prints(person: &Person) -> bool {
    person.pdf().is_none()
}

/// [`prints`] for a person not read yet: whether their folder has no PDF of its own.
pub(super) fn prints_source(source: &crate::site::PersonSource) -> bool {
    !(source.assets.iter()).any(|p| p.extension().is_some_and(|e| e.eq_ignore_ascii_case("pdf")))
}

/// `<slug>.pdf`.
fn file_name(person: &Person) -> String {
    format!("{}.pdf", person.slug)
}

/// One PDF a build wrote.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Printed {
    /// Relative to the output: `ada/ada.pdf`.
    pub path: String,
    pub pages: usize,
    /// Taken from the cache rather than printed.
    pub cached: bool,
}

impl fmt::Display for Printed {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let unit = if self.pages == 1 { "page" } else { "pages" };
        let how = if self.cached { "unchanged" } else { "printed" };
        write!(f, "{}: {} {unit} ({how})", self.path, self.pages)
    }
}

impl Printed {
    /// A warning when the PDF is longer than a résumé should be.
    pub fn warning(&self) -> Option<String> {
        (self.pages > 2).then(|| {
            format!(
                "{} has {} pages; a résumé reads best on one or two \
                 (entries can be left out with `hidden: true` in overrides.yaml)",
                self.path, self.pages
            )
        })
    }
}

/// What a build needs to print its people.
pub(super) struct Printer<'a> {
    pub root: &'a Path,
    pub config: &'a SiteConfig,
    pub renderers: &'a Renderers,
    pub site: &'a SiteVars,
    /// A folder laid out as the output, holding the theme's files and the people's
    /// assets, where print copies are written (so their links resolve).
    pub out: &'a Path,
    /// Where the PDFs go (a build's pending files); `None`: into `out`, each whole.
    pub sink: Option<&'a dyn Sink>,
}

impl Printer<'_> {
    /// Prints (or takes from the cache) every person's PDF into the output folder;
    /// then forgets cached PDFs this build did not use.
    fn print_all(&self, browser: &Path, people: &[Person]) -> Result<Vec<Printed>> {
        let cache = self.root.join(cache::DIR);
        std::fs::create_dir_all(&cache).map_err(|e| Error::io(&cache, e))?;
        // Most of a print is the browser starting and waiting, not computing: two at a
        // time (rayon's pool, one per core) roughly halves the time on two cores.
        let results: Vec<Result<(Printed, String)>> = people
            .par_iter()
            .filter(|p| prints(p))
            .map(|p| self.print(browser, p, &cache))
            .collect();
        let mut done = Vec::new();
        let mut keys = Vec::new();
        let mut errors = Vec::new();
        for result in results {
            match result {
                Ok((printed, key)) => {
                    done.push(printed);
                    keys.push(format!("{key}.pdf"));
                }
                Err(e) => errors.push(e),
            }
        }
        if !errors.is_empty() {
            return Err(Error::Many(errors));
        }
        if let Ok(entries) = std::fs::read_dir(&cache) {
            for e in entries.flatten() {
                let name = e.file_name().to_string_lossy().into_owned();
                if !keys.contains(&name) {
                    let _ = std::fs::remove_file(e.path());
                }
            }
        }
        Ok(done)
    }

    fn print(&self, browser: &Path, person: &Person, cache: &Path) -> Result<(Printed, String)> {
        let theme = pages::theme_of(person, self.config);
        let path = format!("{}/", person.slug);
        let page = pages::page_vars("person", &path, theme, self.site, self.config, Some(person));
        let vars = pages::person_vars_for(person, self.config, &path, Medium::Print);
        let html = self.renderers[theme].render_person(self.site, &page, &vars)?;
        let assets: Vec<&Path> = person.assets.iter().map(PathBuf::as_path).collect();
        let trees = [self.out.join("themes"), self.root.join("static")];
        let trees: Vec<&Path> = trees.iter().map(PathBuf::as_path).collect();
        let key = cache::key(&html, &trees, &assets)?;
        let cached = cache.join(format!("{key}.pdf"));
        let hit = cached.is_file();
        let dir = self.out.join(&person.slug);
        if !hit {
            let copy = dir.join(PRINT_COPY);
            write_file(&copy, html.as_bytes())?;
            let partial = cache.join(format!(
                "{key}.pdf.{}.{}.part",
                std::process::id(),
                person.slug
            ));
            let result = browser::print(browser, &copy, &partial, browser::TIMEOUT);
            let _ = std::fs::remove_file(&copy);
            if let Err(message) = result {
                let _ = std::fs::remove_file(&partial);
                return Err(Error::Print {
                    pdf: format!("{}/{}", person.slug, file_name(person)),
                    message,
                });
            }
            std::fs::rename(&partial, &cached).map_err(|e| Error::io(&cached, e))?;
        }
        let bytes = std::fs::read(&cached).map_err(|e| Error::io(&cached, e))?;
        let name = file_name(person);
        match self.sink {
            Some(sink) => sink.put(&format!("{}/{name}", person.slug), &bytes)?,
            // Whole or not at all: the served folder may be read meanwhile, and a
            // download must never get half a PDF.
            None => write_file(&dir.join(&name), &bytes)?,
        }
        let printed = Printed {
            path: format!("{}/{name}", person.slug),
            pages: cache::page_count(&bytes),
            cached: hit,
        };
        Ok((printed, key))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn summary_line_and_warning() {
        let p = Printed {
            path: "ada/ada.pdf".into(),
            pages: 1,
            cached: false,
        };
        assert_eq!(p.to_string(), "ada/ada.pdf: 1 page (printed)");
        assert_eq!(p.warning(), None);
        let long = Printed {
            pages: 3,
            cached: true,
            ..p
        };
        assert_eq!(long.to_string(), "ada/ada.pdf: 3 pages (unchanged)");
        assert!(long
            .warning()
            .unwrap()
            .starts_with("ada/ada.pdf has 3 pages"));
    }

    fn ada(assets: &[&str]) -> (Person, SiteConfig) {
        let resume = serde_json::from_str(
            r#"{"basics":{"name":"Ada Fixture","email":"ada@example.test","phone":"+1 555 0100"}}"#,
        )
        .unwrap();
        let person = Person {
            slug: "ada".into(),
            resume,
            settings: Default::default(),
            assets: assets.iter().map(PathBuf::from).collect(),
        };
        let mut config = SiteConfig::default();
        config.privacy.web.phone = false;
        (person, config)
    }

    fn adjusted(plan: &Plan, person: &Person, config: &SiteConfig, path: &str) -> PersonVars {
        let mut vars = pages::person_vars(person, config, path);
        plan.adjust(&mut vars, person, path);
        vars
    }

    #[test]
    fn the_page_links_the_pdf_and_drops_what_only_print_shows() {
        let (person, config) = ada(&[]);
        let kinds = |v: &PersonVars| {
            v.contacts
                .iter()
                .map(|c| c.kind.clone())
                .collect::<Vec<_>>()
        };
        let off = adjusted(&Plan::Off, &person, &config, "ada/");
        assert_eq!(kinds(&off), ["email", "phone"], "without PDFs, as before");
        assert_eq!(off.print_pdf, None);
        let on = Plan::On("/usr/bin/chromium".into());
        let page = adjusted(&on, &person, &config, "ada/");
        assert_eq!(kinds(&page), ["email"]);
        assert_eq!(page.print_pdf.as_deref(), Some("ada.pdf"));
        let root = adjusted(&on, &person, &config, "");
        assert_eq!(root.print_pdf.as_deref(), Some("ada/ada.pdf"));
        let none = adjusted(&Plan::NoBrowser("none".into()), &person, &config, "ada/");
        assert_eq!(
            kinds(&none),
            ["email"],
            "asked for PDFs: print-only stays out"
        );
        assert_eq!(none.print_pdf, None);
        // The print copy has the phone, and not as a print-only extra.
        let print = pages::person_vars_for(&person, &config, "ada/", Medium::Print);
        assert_eq!(print.resume.basics.phone.as_deref(), Some("+1 555 0100"));
        assert_eq!(kinds(&print), ["email", "phone"]);
        // Their own PDF is linked instead.
        let (own, config) = ada(&["content/ada/cv.pdf"]);
        assert_eq!(adjusted(&on, &own, &config, "ada/").print_pdf, None);
    }

    #[test]
    fn not_asked_for_means_no_browser_is_looked_for() {
        assert_eq!(Plan::new(false, Some(Path::new("/nonexistent"))), Plan::Off);
        let Plan::NoBrowser(message) = Plan::new(true, Some(Path::new("/nonexistent"))) else {
            panic!("a missing browser was found");
        };
        assert!(message.contains("built without PDFs"), "{message}");
    }
}
