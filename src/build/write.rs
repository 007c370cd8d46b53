//! The files of a build, made from read people and compiled themes: each person's
//! page, `resume.json` and assets, and the site's root pages, sitemap, theme files and
//! static files. Where they go is a [`Sink`]'s business: the build's pending files
//! (written in place once everything succeeded), or the output directly (`serve`'s
//! one-person rebuilds).
//!
//! Takes people, renderers and site variables; gives bytes at paths relative to the
//! output. It decides neither which people to render nor what is stale.

use std::path::Path;

use super::output::{write_file, Pending};
use super::people::Person;
use super::{pages, sitemap, Renderers, SiteBuilder};
use crate::error::{Error, Result, Source};
use crate::render::{PersonLink, Renderer, SiteVars};

/// Where a build's files go, by path relative to the output (`/`-separated).
pub trait Sink: Sync {
    fn put(&self, rel: &str, bytes: &[u8]) -> Result<()>;
    fn copy(&self, rel: &str, source: &Path) -> Result<()>;
}

impl Sink for Pending<'_> {
    fn put(&self, rel: &str, bytes: &[u8]) -> Result<()> {
        Pending::put(self, rel, bytes)
    }
    fn copy(&self, rel: &str, source: &Path) -> Result<()> {
        Pending::copy(self, rel, source)
    }
}

/// Straight into an output folder, each file whole.
pub struct Direct<'a>(pub &'a Path);

impl Sink for Direct<'_> {
    fn put(&self, rel: &str, bytes: &[u8]) -> Result<()> {
        write_file(&self.0.join(rel), bytes)
    }
    fn copy(&self, rel: &str, source: &Path) -> Result<()> {
        let bytes = std::fs::read(source).map_err(|e| Error::io(source, e))?;
        write_file(&self.0.join(rel), &bytes)
    }
}

/// A file's name as text, for a path in the output (whose record is text).
pub fn name_of(path: &Path) -> Result<&str> {
    path.file_name()
        .and_then(|n| n.to_str())
        .ok_or_else(|| Error::Invalid {
            file: Source::file(path),
            message: "the file name is not valid UTF-8, so it cannot be published".into(),
        })
}

impl SiteBuilder {
    /// A person's files; gives their paths relative to the output.
    pub(super) fn write_person(
        &self,
        person: &Person,
        renderers: &Renderers,
        site: &SiteVars,
        sink: &dyn Sink,
    ) -> Result<Vec<String>> {
        let renderer = &renderers[pages::theme_of(person, &self.config)];
        let slug = &person.slug;
        // Privacy applied once for the page and `resume.json` alike.
        let published = pages::publish(person, &self.config);
        let public = pages::public_resume_of(published.resume.clone());
        let path = format!("{slug}/");
        let mut files = vec![self.write_page_of(person, renderer, site, sink, &path, published)?];
        let json = serde_json::to_vec_pretty(&public).map_err(|e| Error::Template {
            template: "resume.json".into(),
            message: e.to_string(),
        })?;
        let rel = format!("{slug}/resume.json");
        sink.put(&rel, &json)?;
        files.push(rel);
        for asset in &person.assets {
            let rel = format!("{slug}/{}", name_of(asset)?);
            sink.copy(&rel, asset)?;
            files.push(rel);
        }
        Ok(files)
    }

    /// A person's page at `path` (`""` for the root of a one-person site).
    pub(super) fn write_person_page(
        &self,
        person: &Person,
        renderer: &Renderer,
        site: &SiteVars,
        sink: &dyn Sink,
        path: &str,
    ) -> Result<String> {
        let published = pages::publish(person, &self.config);
        self.write_page_of(person, renderer, site, sink, path, published)
    }

    /// [`Self::write_person_page`] with the person as [`pages::publish`] gave them.
    fn write_page_of(
        &self,
        person: &Person,
        renderer: &Renderer,
        site: &SiteVars,
        sink: &dyn Sink,
        path: &str,
        published: pages::Published,
    ) -> Result<String> {
        let theme = pages::theme_of(person, &self.config);
        let page = pages::page_vars("person", path, theme, site, &self.config, Some(person));
        let mut vars = pages::person_vars_with(person, &self.config, path, published);
        self.pdf.adjust(&mut vars, person, path);
        let html = renderer.render_person(site, &page, &vars)?;
        let rel = format!("{path}index.html");
        sink.put(&rel, html.as_bytes())?;
        Ok(rel)
    }

    /// The site's index: the one person's page, or the list of everyone.
    pub(super) fn write_index(
        &self,
        only: Option<&Person>,
        renderers: &Renderers,
        site: &SiteVars,
        links: &[PersonLink],
        sink: &dyn Sink,
    ) -> Result<()> {
        if let Some(only) = only {
            let r = &renderers[pages::theme_of(only, &self.config)];
            self.write_person_page(only, r, site, sink, "")?;
        } else {
            let theme = &self.config.theme;
            let page = pages::page_vars("index", "", theme, site, &self.config, None);
            sink.put(
                "index.html",
                renderers[theme]
                    .render_index(site, &page, links)?
                    .as_bytes(),
            )?;
        }
        Ok(())
    }

    /// The 404 page, sitemap and robots.txt.
    pub(super) fn write_site_pages(
        &self,
        renderers: &Renderers,
        site: &SiteVars,
        slugs: &[&str],
        sink: &dyn Sink,
    ) -> Result<()> {
        let theme = &self.config.theme;
        let page = pages::page_vars("404", "", theme, site, &self.config, None);
        sink.put(
            "404.html",
            renderers[theme].render_404(site, &page)?.as_bytes(),
        )?;
        let mut paths = vec![String::new()];
        paths.extend((slugs.iter()).map(|s| format!("{}/", crate::render::path_segment(s))));
        sink.put(
            "sitemap.xml",
            sitemap::sitemap(&site.base_url, &paths).as_bytes(),
        )?;
        sink.put("robots.txt", sitemap::robots(&site.base_url).as_bytes())?;
        Ok(())
    }

    /// The static files of the themes `themes`, and the site's static/ folder.
    pub(super) fn write_static(&self, themes: &[&str], sink: &dyn Sink) -> Result<()> {
        for name in themes {
            for (rel, bytes) in self.themes.static_files(name)? {
                let rel = rel.to_str().ok_or_else(|| Error::Invalid {
                    file: Source::file(&rel),
                    message: "a theme file whose name is not valid UTF-8".into(),
                })?;
                sink.put(&format!("themes/{name}/{rel}"), &bytes)?;
            }
        }
        let root = &self.site.root;
        let from = root.join("static");
        let listing = crate::site::links::Fence::for_copying(root)
            .files(&from, false)
            .map_err(|e| Error::io(&from, e))?;
        for file in listing.files {
            let rel = file.strip_prefix(&from).unwrap_or(&file);
            let rel = rel.to_str().ok_or_else(|| Error::Invalid {
                file: Source::file(&file),
                message: "the file name is not valid UTF-8, so it cannot be published".into(),
            })?;
            sink.copy(rel, &file)?;
        }
        Ok(())
    }
}
