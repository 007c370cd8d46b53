//! Building: the site written to an output folder, in place and only where it
//! changed ([`full`]): people are read, merged and rendered in parallel (rayon),
//! those whose files did not change are skipped ([`keys`]), parsed résumés are
//! cached in the site's cache folder ([`cache`]), and files are written only once
//! everything succeeded, each whole (see [`output`]). Output layout:
//!
//! ```text
//! index.html              the person's page (one person) or an index of people
//! <slug>/index.html       each person's page
//! <slug>/resume.json      the merged résumé as JSON Resume
//! <slug>/<assets>         photo, PDF … copied from content/<slug>/
//! themes/<name>/…         the static files of each theme in use
//! 404.html, sitemap.xml, robots.txt, and the site's static/ folder copied verbatim
//! .vitae-output           says the folder is vitae's, so a later build may write it
//! .vitae-manifest         the files vitae wrote there (the only ones it ever removes)
//! <slug>/<slug>.pdf       with --pdf: the page printed (see [`pdf`])
//! ```

mod cache;
mod check;
mod clean;
mod full;
mod keys;
mod output;
mod pages;
pub mod pdf;
pub mod people;
mod progress;
mod renderers;
mod show;
mod sitemap;
mod warnings;
mod write;

pub use check::{check_site, Checked};
pub use clean::{clean_site, Cleaned};
pub use output::Changes;
pub use progress::Timings;
pub use show::show_person;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use crate::error::{Error, Result};
use crate::parse::ResumeParser;
use crate::render::{PersonLink, Renderer, ThemeSet};
use crate::site::{Site, SiteConfig};

/// Settings of one build that are not in `site.yaml`.
#[derive(Debug, Clone, Default)]
pub struct BuildOptions {
    /// Replaces `site.yaml`'s `base_url` (as `zola build --base-url` does).
    pub base_url: Option<String>,
    /// Print each person's page to PDF (`--pdf`); `None` leaves it to `site.yaml`'s `pdf`.
    pub pdf: Option<bool>,
    /// The browser to print with (`--browser`), instead of the first one on `PATH`.
    pub browser: Option<PathBuf>,
    /// `serve`: full builds do not print; they keep the previous build's PDFs, and the
    /// caller prints later with [`SiteBuilder::print_pdfs`].
    pub pdf_later: bool,
    /// Reads, renders and writes everything anew, neither using nor updating the cache
    /// of parsed résumés (`--no-cache`).
    pub no_cache: bool,
    /// Draws a progress bar on stderr when it is a terminal and the build is long.
    pub progress: bool,
}

/// What a build did.
#[derive(Debug, Clone, Default)]
pub struct BuildReport {
    pub people: usize,
    /// The people read and rendered anew (the others had not changed).
    pub rendered: usize,
    pub elapsed: Duration,
    pub timings: Timings,
    /// Files written, left as they were, and removed as stale.
    pub changes: Changes,
    /// Things worth saying that did not stop the build (leftovers it left alone).
    pub notes: Vec<String>,
    /// Things the user should act on: what the build left out (symlinks out of the
    /// site), no browser for PDFs, a PDF that is too long; one line each.
    pub warnings: Vec<String>,
    /// The PDFs written (`--pdf`).
    pub pdfs: Vec<pdf::Printed>,
}

/// Builds the site at `root` into `output`.
pub fn build_site(root: &Path, output: &Path, opts: &BuildOptions) -> Result<BuildReport> {
    let start = std::time::Instant::now();
    let builder = SiteBuilder::load(root, opts.clone())?;
    let loaded = start.elapsed();
    let mut report = builder.build_all(output)?;
    // Finding the people and loading the themes is reading too.
    report.timings.read += loaded;
    report.elapsed += loaded;
    Ok(report)
}

/// A loaded site, ready to build (whole, or one person at a time for `serve`).
pub struct SiteBuilder {
    site: Site,
    config: SiteConfig,
    themes: ThemeSet,
    parser: ResumeParser,
    /// Links to everyone, from the last build (for index pages when one person is rebuilt).
    links: Mutex<BTreeMap<String, PersonLink>>,
    /// Compiled themes by name. Compiling one costs milliseconds, so `serve`'s
    /// one-person rebuilds reuse them; a change to any template loads a new builder.
    compiled: Mutex<BTreeMap<String, Arc<Renderer>>>,
    pdf: pdf::Plan,
    pdf_later: bool,
    no_cache: bool,
    progress: bool,
}

/// The renderer of each theme a build uses, by theme name.
type Renderers = BTreeMap<String, Arc<Renderer>>;

impl SiteBuilder {
    /// Reads `site.yaml`, finds the people and loads the themes; résumés are read at build time.
    /// Every problem is reported at once: a broken `site.yaml` or theme does not hide
    /// the people's own problems.
    pub fn load(root: &Path, opts: BuildOptions) -> Result<SiteBuilder> {
        let (site, mut errors) = Site::load_all(root, crate::parse::source_rank)?;
        let mut config = site.config.clone();
        if let Some(url) = opts.base_url {
            config.base_url = url;
        }
        let themes = ThemeSet::load(root).map_err(|e| errors.extend(e.into_list()));
        let parser = ResumeParser::new();
        if !errors.is_empty() {
            if let Err(e) = people::load_all(&site, &parser) {
                errors.extend(e.into_list());
            }
        }
        let Ok(themes) = themes else {
            return Err(Error::Many(errors));
        };
        if !errors.is_empty() {
            return Err(Error::Many(errors));
        }
        let pdf = pdf::Plan::new(opts.pdf.unwrap_or(config.pdf), opts.browser.as_deref());
        Ok(SiteBuilder {
            site,
            config,
            themes,
            parser,
            links: Mutex::new(BTreeMap::new()),
            compiled: Mutex::new(BTreeMap::new()),
            pdf,
            pdf_later: opts.pdf_later,
            no_cache: opts.no_cache,
            progress: opts.progress,
        })
    }

    pub fn site(&self) -> &Site {
        &self.site
    }

    pub fn slugs(&self) -> Vec<String> {
        self.site.people.iter().map(|p| p.slug.clone()).collect()
    }

    /// Everything a build would do, without writing: returns the parser's warnings.
    pub fn check(&self) -> Result<Vec<String>> {
        let people = people::load_all(&self.site, &self.parser)?;
        let renderers = self.renderers(&people)?;
        let site = pages::site_vars(&self.config, people.len());
        let mut errors = Vec::new();
        for p in &people {
            let r = &renderers[pages::theme_of(p, &self.config)];
            let page = pages::page_vars(
                "person",
                &format!("{}/", p.slug),
                pages::theme_of(p, &self.config),
                &site,
                &self.config,
                Some(p),
            );
            if let Err(e) = r.render_person(
                &site,
                &page,
                &pages::person_vars(p, &self.config, &page.path),
            ) {
                errors.push(e);
            }
        }
        if !errors.is_empty() {
            return Err(Error::Many(errors));
        }
        let mut warnings = self.skipped();
        warnings.extend(self.parser_warnings());
        Ok(warnings)
    }

    /// The symlinks not followed, in the site's folders and its themes and templates.
    fn skipped(&self) -> Vec<String> {
        let site = self.site.skipped.iter();
        site.chain(self.themes.skipped())
            .map(ToString::to_string)
            .collect()
    }

    /// One line per person: the source read, relative to the site, any other sources
    /// in the folder that were passed over, and the PDF source that is the download
    /// (`bo: read content/bo/resume.md (download: content/bo/resume.pdf)`).
    pub fn sources_read(&self) -> Vec<String> {
        let rel = |p: &std::path::Path| {
            p.strip_prefix(&self.site.root)
                .unwrap_or(p)
                .display()
                .to_string()
        };
        self.site
            .people
            .iter()
            .map(|p| {
                let mut line = format!("{}: read {}", p.slug, rel(&p.source));
                // A PDF source, read or passed over, is also what visitors download.
                let (pdfs, others): (Vec<_>, Vec<_>) =
                    p.passed_over.iter().partition(|f| crate::parse::is_pdf(f));
                if !others.is_empty() {
                    let names: Vec<String> = others.iter().map(|f| rel(f)).collect();
                    line.push_str(&format!(" (passed over: {})", names.join(", ")));
                }
                if crate::parse::is_pdf(&p.source) {
                    line.push_str(" (also the download)");
                } else if !pdfs.is_empty() {
                    let names: Vec<String> = pdfs.iter().map(|f| rel(f)).collect();
                    line.push_str(&format!(" (download: {})", names.join(", ")));
                }
                line
            })
            .collect()
    }

    fn parser_warnings(&self) -> Vec<String> {
        (self.site.people.iter())
            .flat_map(|p| warnings::parser_warnings(p, &self.parser))
            .collect()
    }
}

/// The output folder a site builds to by default.
pub fn default_output(root: &Path) -> PathBuf {
    root.join("public")
}
