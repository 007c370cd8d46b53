//! Building: the whole site written to an output folder.
//!
//! People are read, merged and rendered in parallel (rayon); everything is written
//! to a staging folder that replaces the output only when the build succeeded
//! (see [`output`]). Output layout:
//!
//! ```text
//! index.html              the person's page (one person) or an index of people
//! <slug>/index.html       each person's page
//! <slug>/resume.json      the merged résumé as JSON Resume
//! <slug>/<assets>         photo, PDF … copied from content/<slug>/
//! themes/<name>/…         the static files of each theme in use
//! 404.html, sitemap.xml, robots.txt, and the site's static/ folder copied verbatim
//! .vitae-output           says the folder is vitae's, so a later build may replace it
//! <slug>/<slug>.pdf       with --pdf: the page printed (see [`pdf`])
//! ```

mod check;
mod output;
mod pages;
pub mod pdf;
pub mod people;
mod show;
mod sitemap;
mod warnings;

pub use check::{check_site, Checked};
pub use output::Staging;
pub use show::show_person;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use rayon::prelude::*;

use crate::error::{Error, Result};
use crate::parse::{source_rank, ResumeParser};
use crate::render::{PersonLink, Renderer, SiteVars, ThemeSet};
use crate::site::{PersonSource, Site, SiteConfig};
use people::Person;

use output::{copy_into, copy_tree, write_file};

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
}

/// What a build did.
#[derive(Debug, Clone, Default)]
pub struct BuildReport {
    pub people: usize,
    pub elapsed: Duration,
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
    SiteBuilder::load(root, opts.clone())?.build_all(output)
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
}

/// The renderer of each theme a build uses, by theme name.
type Renderers = BTreeMap<String, Arc<Renderer>>;

impl SiteBuilder {
    /// Reads `site.yaml`, finds the people and loads the themes; résumés are read at build time.
    /// Every problem is reported at once: a broken `site.yaml` or theme does not hide
    /// the people's own problems.
    pub fn load(root: &Path, opts: BuildOptions) -> Result<SiteBuilder> {
        let (site, mut errors) = Site::load_all(root, source_rank)?;
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
        })
    }

    pub fn site(&self) -> &Site {
        &self.site
    }

    pub fn slugs(&self) -> Vec<String> {
        self.site.people.iter().map(|p| p.slug.clone()).collect()
    }

    /// Builds everything into a staging folder, then swaps it in place of `output`.
    pub fn build_all(&self, output: &Path) -> Result<BuildReport> {
        let start = Instant::now();
        let (_lock, notes) = output::prepare(&self.site.root, output)?;
        let people = people::load_all(&self.site, &self.parser)?;
        let renderers = self.renderers(&people)?;
        let staging = Staging::new(output)?;
        let out = staging.path();
        let site = pages::site_vars(&self.config, people.len());
        let links: Vec<PersonLink> = people.iter().map(pages::person_link).collect();

        let results: Vec<Result<()>> = people
            .par_iter()
            .map(|p| self.write_person(p, &renderers, &site, out))
            .collect();
        let errors: Vec<Error> = results.into_iter().filter_map(Result::err).collect();
        if !errors.is_empty() {
            return Err(Error::Many(errors));
        }
        self.write_shared(&people, &renderers, &site, &links, out)?;
        let printer = pdf::Printer {
            root: &self.site.root,
            config: &self.config,
            renderers: &renderers,
            site: &site,
            out,
        };
        let (pdfs, warnings) = self
            .pdf
            .run_or_keep(self.pdf_later, &printer, &people, output)?;
        staging.commit()?;
        *self.links.lock().unwrap_or_else(|e| e.into_inner()) =
            links.into_iter().map(|l| (l.slug.clone(), l)).collect();
        Ok(BuildReport {
            people: people.len(),
            elapsed: start.elapsed(),
            notes,
            warnings: self.skipped().into_iter().chain(warnings).collect(),
            pdfs,
        })
    }

    /// Re-reads one person from disk and rewrites their pages (and the site's index
    /// pages, whose links may have changed) directly in `output`, which must hold a
    /// previous full build. Used by `serve` when only that person's files changed.
    pub fn build_person(&self, slug: &str, output: &Path) -> Result<()> {
        let dir = self.site.content_dir().join(slug);
        let person = people::load(&PersonSource::scan(&dir, source_rank)?, &self.parser)?;
        let renderers = self.renderers(std::slice::from_ref(&person))?;
        let mut links = self.links.lock().unwrap_or_else(|e| e.into_inner());
        links.insert(slug.to_string(), pages::person_link(&person));
        let all: Vec<PersonLink> = links.values().cloned().collect();
        drop(links);
        let site = pages::site_vars(&self.config, all.len());
        self.write_person(&person, &renderers, &site, output)?;
        if all.len() == 1 {
            let r = &renderers[pages::theme_of(&person, &self.config)];
            self.write_person_page(&person, r, &site, output, "")?;
        } else {
            let r = &renderers[&self.config.theme];
            let page = pages::page_vars("index", "", &self.config.theme, &site, &self.config, None);
            write_file(
                &output.join("index.html"),
                r.render_index(&site, &page, &all)?.as_bytes(),
            )?;
        }
        Ok(())
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

    /// One renderer per theme in use; every missing theme or broken template is reported.
    fn renderers(&self, people: &[Person]) -> Result<Renderers> {
        let mut names: Vec<&str> = people
            .iter()
            .map(|p| pages::theme_of(p, &self.config))
            .collect();
        names.push(&self.config.theme);
        names.sort_unstable();
        names.dedup();
        let mut compiled = self.compiled.lock().unwrap_or_else(|e| e.into_inner());
        let mut out = BTreeMap::new();
        let mut errors = Vec::new();
        for name in names {
            if let Some(r) = compiled.get(name) {
                out.insert(name.to_string(), Arc::clone(r));
                continue;
            }
            match self.themes.renderer(name, &self.config.language) {
                Ok(r) => {
                    let r = Arc::new(r);
                    compiled.insert(name.to_string(), Arc::clone(&r));
                    out.insert(name.to_string(), r);
                }
                Err(e) => errors.extend(self.placed(e, people)),
            }
        }
        if errors.is_empty() {
            Ok(out)
        } else {
            Err(Error::Many(errors))
        }
    }

    /// A missing theme once for every `theme:` line that asks for it.
    fn placed(&self, e: Error, people: &[Person]) -> Vec<Error> {
        let Error::MissingTheme {
            name,
            available,
            file: None,
        } = &e
        else {
            return vec![e];
        };
        let asking = people::asking_for_theme(people, name);
        let places = self.site.theme_sources(name, &self.config.theme, &asking);
        if places.is_empty() {
            return vec![e];
        }
        places
            .into_iter()
            .map(|file| Error::MissingTheme {
                name: name.clone(),
                available: available.clone(),
                file: Some(file),
            })
            .collect()
    }

    fn write_person(
        &self,
        person: &Person,
        renderers: &Renderers,
        site: &SiteVars,
        out: &Path,
    ) -> Result<()> {
        let renderer = &renderers[pages::theme_of(person, &self.config)];
        let dir = out.join(&person.slug);
        self.write_person_page(person, renderer, site, out, &format!("{}/", person.slug))?;
        let json = serde_json::to_vec_pretty(&pages::public_resume(person, &self.config)).map_err(
            |e| Error::Template {
                template: "resume.json".into(),
                message: e.to_string(),
            },
        )?;
        write_file(&dir.join("resume.json"), &json)?;
        for asset in &person.assets {
            copy_into(asset, &dir)?;
        }
        Ok(())
    }

    fn write_person_page(
        &self,
        person: &Person,
        renderer: &Renderer,
        site: &SiteVars,
        out: &Path,
        path: &str,
    ) -> Result<()> {
        let theme = pages::theme_of(person, &self.config);
        let page = pages::page_vars("person", path, theme, site, &self.config, Some(person));
        let mut vars = pages::person_vars(person, &self.config, path);
        self.pdf.adjust(&mut vars, person, path);
        let html = renderer.render_person(site, &page, &vars)?;
        write_file(&out.join(path).join("index.html"), html.as_bytes())
    }

    /// The root pages, sitemap, theme and site static files.
    fn write_shared(
        &self,
        people: &[Person],
        renderers: &Renderers,
        site: &SiteVars,
        links: &[PersonLink],
        out: &Path,
    ) -> Result<()> {
        let theme = &self.config.theme;
        let r = &renderers[theme];
        if let [only] = people {
            let r = &renderers[pages::theme_of(only, &self.config)];
            self.write_person_page(only, r, site, out, "")?;
        } else {
            let page = pages::page_vars("index", "", theme, site, &self.config, None);
            write_file(
                &out.join("index.html"),
                r.render_index(site, &page, links)?.as_bytes(),
            )?;
        }
        let page = pages::page_vars("404", "", theme, site, &self.config, None);
        write_file(&out.join("404.html"), r.render_404(site, &page)?.as_bytes())?;

        let mut paths = vec![String::new()];
        paths.extend(
            people
                .iter()
                .map(|p| format!("{}/", crate::render::path_segment(&p.slug))),
        );
        write_file(
            &out.join("sitemap.xml"),
            sitemap::sitemap(&site.base_url, &paths).as_bytes(),
        )?;
        write_file(
            &out.join("robots.txt"),
            sitemap::robots(&site.base_url).as_bytes(),
        )?;

        for name in renderers.keys() {
            let base = out.join("themes").join(name);
            for (rel, bytes) in self.themes.static_files(name)? {
                write_file(&base.join(rel), &bytes)?;
            }
        }
        copy_tree(&self.site.root, &self.site.root.join("static"), out)
    }
}

/// The output folder a site builds to by default.
pub fn default_output(root: &Path) -> PathBuf {
    root.join("public")
}
