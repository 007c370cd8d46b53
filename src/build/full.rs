//! A whole build, in place: every person's keys are computed from their files
//! (stage `read`); the people whose keys changed are read (through the cache of
//! parsed résumés) and merged (`merge`), then rendered (`render`), their changed files
//! put aside; only when every one succeeded do the files move into place and stale
//! ones go (`write`). People whose keys did not change cost a few reads and no
//! rendering; files whose bytes did not change are not written.
//!
//! Also `serve`'s one-person rebuild ([`SiteBuilder::build_person`]), which writes
//! straight into a served output. It does not decide what the pages show (`pages`).

use std::collections::{BTreeMap, HashSet};
use std::path::Path;
use std::time::Instant;

use rayon::prelude::*;

use super::cache::{reader_id, ParseCache};
use super::keys::{PersonKey, SiteKey};
use super::output::folders::remove_partial;
use super::output::manifest::PersonEntry;

/// The folder, inside the output, where print copies are laid out while PDFs print.
const PRINT_TREE: &str = ".vitae-print";
use super::output::{Manifest, Pending};
use super::people::Person;
use super::progress::{Progress, Timings};
use super::write::{name_of, Direct, Sink};
use super::{pages, pdf, BuildReport, SiteBuilder};
use crate::error::{Error, Result};
use crate::render::PersonLink;
use crate::site::PersonSource;

/// One person in a build: unchanged (their record is kept) or read anew.
enum Work<'a> {
    Kept(&'a PersonEntry, PersonKey),
    Read(PersonKey),
}

/// The site's own pages, rendered from the site and everyone's links.
const SITE_PAGES: [&str; 4] = ["index.html", "404.html", "sitemap.xml", "robots.txt"];

impl SiteBuilder {
    /// Builds everything into `output`, writing only what changed.
    pub fn build_all(&self, output: &Path) -> Result<BuildReport> {
        let start = Instant::now();
        let (_lock, notes) = super::output::prepare(&self.site.root, output)?;
        let out = std::path::absolute(output).map_err(|e| Error::io(output, e))?;
        let old = Manifest::load(&out);
        let use_cache = !self.no_cache;
        let cache = ParseCache::new(&self.site.root, use_cache);
        let people = &self.site.people;
        // Whoever prints PDFs now needs their person read.
        let print_now = matches!(self.pdf, pdf::Plan::On(_)) && !self.pdf_later;
        let reuse = use_cache && !print_now;
        // A one-person site's root page is that person's page: kept only with them.
        let solo = people.len() == 1;

        // The site's theme compiles while people are read: nearly everyone uses it, and
        // on a small site compiling templates costs as much as reading. With no record
        // (a first build) it is needed for certain and starts at once, beside the keys;
        // otherwise only once someone is to be read. Its errors are reported below,
        // where the themes in use are asked for.
        let early = (old.people.is_empty() || !reuse) && !people.is_empty();
        let compile = || {
            let _ = self.renderers_for(&[], true);
        };
        let (keyed, ()) = rayon::join(
            || -> Result<_> {
                let site_key = SiteKey::new(
                    &self.config,
                    people.len(),
                    &self.themes,
                    &format!("{:?}", self.pdf),
                );
                let works = self.works(&old, &out, &site_key, reuse)?;
                let read = start.elapsed();
                let fresh = fresh_of(people, &works);
                let (loaded, ()) = rayon::join(
                    || -> Vec<Result<Person>> {
                        (fresh.par_iter())
                            .map(|(p, k)| self.load_cached(p, k, &cache))
                            .collect()
                    },
                    || {
                        if !early && !fresh.is_empty() {
                            compile();
                        }
                    },
                );
                Ok((site_key, works, read, loaded))
            },
            || {
                if early {
                    compile();
                }
            },
        );
        let (site_key, works, read, loaded) = keyed?;
        let merge_start = start + read;
        let fresh = fresh_of(people, &works);
        let mut errors = Vec::new();
        let loaded: Vec<Person> = loaded
            .into_iter()
            .filter_map(|p| p.map_err(|e| errors.extend(e.into_list())).ok())
            .collect();
        if !errors.is_empty() {
            return Err(Error::Many(errors));
        }
        let mut fresh_links = loaded.iter().map(pages::person_link);
        let links: Vec<PersonLink> = (works.iter())
            .filter_map(|w| match w {
                Work::Kept(e, _) => Some(e.link.clone()),
                Work::Read(_) => fresh_links.next(),
            })
            .collect();
        let site_pages = match (&works[..], solo) {
            ([Work::Kept(_, k) | Work::Read(k)], true) => site_key.site_pages(&[], Some(&k.pages)),
            _ => site_key.site_pages(&links, None),
        };
        let keep_site_pages =
            reuse && old.site_pages == site_pages && old.all_intact(&out, &SITE_PAGES);
        let renderers = self.renderers_for(&loaded, !keep_site_pages)?;
        let merge = merge_start.elapsed();

        let render_start = Instant::now();
        let pending = Pending::new(&out, &old, !use_cache)?;
        let site = pages::site_vars(&self.config, people.len());
        let progress = Progress::new(loaded.len(), self.progress);
        // The themes in use: those of the people kept and read, and the site's own.
        let mut themes: Vec<&str> = (works.iter())
            .filter_map(|w| match w {
                Work::Kept(e, _) => Some(e.theme.as_str()),
                Work::Read(_) => None,
            })
            .chain(loaded.iter().map(|p| pages::theme_of(p, &self.config)))
            .chain([self.config.theme.as_str()])
            .collect();
        themes.sort_unstable();
        themes.dedup();
        // The site's own pages and the themes' files need nobody's page, so they are
        // written beside the people's: on a small site they are half of the rendering.
        let (rendered, site_written) = rayon::join(
            || -> Vec<Result<PersonEntry>> {
                (loaded.par_iter().zip(fresh.par_iter()))
                    .map(|(p, (_, key))| {
                        let files = self.write_person(p, &renderers, &site, &pending)?;
                        progress.tick();
                        Ok(PersonEntry {
                            key: key.pages.clone(),
                            theme: pages::theme_of(p, &self.config).to_string(),
                            link: pages::person_link(p),
                            files,
                        })
                    })
                    .collect()
            },
            || -> Result<()> {
                if !keep_site_pages {
                    let only = (people.len() == 1).then(|| &loaded[0]);
                    self.write_index(only, &renderers, &site, &links, &pending)?;
                    let slugs: Vec<&str> = people.iter().map(|p| p.slug.as_str()).collect();
                    self.write_site_pages(&renderers, &site, &slugs, &pending)?;
                }
                self.write_static(&themes, &pending)
            },
        );
        drop(progress);
        let mut entries = BTreeMap::new();
        let mut fresh_entries = fresh.iter().zip(rendered);
        for (p, w) in people.iter().zip(&works) {
            let entry = match w {
                Work::Kept(e, _) => {
                    e.files.iter().for_each(|f| pending.keep(f));
                    (*e).clone()
                }
                Work::Read(_) => match fresh_entries.next() {
                    Some((_, Ok(e))) => e,
                    Some((_, Err(e))) => {
                        errors.extend(e.into_list());
                        continue;
                    }
                    None => continue,
                },
            };
            entries.insert(p.slug.clone(), entry);
        }
        if !errors.is_empty() {
            return Err(Error::Many(errors));
        }
        site_written?;
        if keep_site_pages {
            SITE_PAGES.iter().for_each(|f| pending.keep(f));
        }
        let (pdfs, warnings) = self.print(&out, &themes, &loaded, &renderers, &site, &pending)?;
        // PDFs printed later (by `serve`) or by an earlier build stay vitae's own.
        if self.pdf != pdf::Plan::Off && !print_now {
            for p in people.iter().filter(|p| pdf::prints_source(p)) {
                pending.claim(&format!("{}/{}.pdf", p.slug, p.slug));
            }
        }
        let render = render_start.elapsed();

        let write_start = Instant::now();
        let changes = pending.commit(entries, site_pages)?;
        if use_cache {
            let keep: HashSet<String> = (works.iter())
                .map(|w| match w {
                    Work::Read(k) | Work::Kept(_, k) => k.parse.clone(),
                })
                .collect();
            cache.save(&keep);
        }
        *self.links.lock().unwrap_or_else(|e| e.into_inner()) =
            links.into_iter().map(|l| (l.slug.clone(), l)).collect();
        let timings = Timings {
            read,
            merge,
            render,
            write: write_start.elapsed(),
        };
        Ok(BuildReport {
            people: people.len(),
            rendered: loaded.len(),
            elapsed: start.elapsed(),
            timings,
            changes,
            notes,
            warnings: self.skipped().into_iter().chain(warnings).collect(),
            pdfs,
        })
    }

    /// Each person's keys, and whether their pages are kept or made anew.
    fn works<'o>(
        &self,
        old: &'o Manifest,
        out: &Path,
        site_key: &SiteKey,
        reuse: bool,
    ) -> Result<Vec<Work<'o>>> {
        let reader = reader_id();
        // A one-person site's root page is that person's page: kept only with them.
        let solo = self.site.people.len() == 1;
        let works: Vec<Result<Work>> = (self.site.people.par_iter())
            .map(|p| {
                let key = PersonKey::new(site_key, &reader, p)?;
                let root_kept = || {
                    old.site_pages == site_key.site_pages(&[], Some(&key.pages))
                        && old.all_intact(out, &SITE_PAGES)
                };
                Ok(match old.people.get(&p.slug) {
                    Some(e)
                        if reuse
                            && e.key == key.pages
                            && old.intact(out, e)
                            && (!solo || root_kept()) =>
                    {
                        // Kept pages need no parse: their source's bytes can go.
                        Work::Kept(
                            e,
                            PersonKey {
                                source: None,
                                ..key
                            },
                        )
                    }
                    _ => Work::Read(key),
                })
            })
            .collect();
        let mut errors = Vec::new();
        let works: Vec<Work> = works
            .into_iter()
            .filter_map(|w| w.map_err(|e| errors.extend(e.into_list())).ok())
            .collect();
        if errors.is_empty() {
            Ok(works)
        } else {
            Err(Error::Many(errors))
        }
    }

    /// Prints the PDFs of `people` when the plan says so now, into `pending`; the print
    /// copies go into a folder of their own inside the output ([`PRINT_TREE`], removed
    /// before and after), beside copies of the theme's files and the people's assets.
    fn print(
        &self,
        out: &Path,
        themes: &[&str],
        people: &[Person],
        renderers: &super::Renderers,
        site: &crate::render::SiteVars,
        pending: &Pending,
    ) -> Result<(Vec<pdf::Printed>, Vec<String>)> {
        let tree = out.join(PRINT_TREE);
        remove_partial(&tree);
        if matches!(self.pdf, pdf::Plan::On(_)) && !self.pdf_later {
            let direct = Direct(&tree);
            self.write_static(themes, &direct)?;
            for p in people {
                for asset in &p.assets {
                    direct.copy(&format!("{}/{}", p.slug, name_of(asset)?), asset)?;
                }
            }
        }
        let printer = pdf::Printer {
            root: &self.site.root,
            config: &self.config,
            renderers,
            site,
            out: &tree,
            sink: Some(pending),
        };
        let printed = self.pdf.run_or_keep(self.pdf_later, &printer, people);
        remove_partial(&tree);
        printed
    }

    /// Reads and merges a person, taking their parsed résumé from `cache` when it has
    /// it (and keeping it there when it did not).
    fn load_cached(&self, p: &PersonSource, key: &PersonKey, cache: &ParseCache) -> Result<Person> {
        super::people::load_with(p, |path| match cache.get(&key.parse) {
            Some(resume) => Ok(resume),
            None => {
                let bytes = key.source.as_deref();
                let resume = crate::merge::load_source_from(path, bytes, &self.parser)?;
                cache.put(&key.parse, &resume);
                Ok(resume)
            }
        })
    }

    /// Re-reads one person from disk and rewrites their pages (and the site's index,
    /// whose links may have changed) directly in `output`, which must hold a previous
    /// full build. Used by `serve` when only that person's files changed.
    pub fn build_person(&self, slug: &str, output: &Path) -> Result<()> {
        let dir = self.site.content_dir().join(slug);
        let source = PersonSource::scan(&dir, crate::parse::source_rank)?;
        let person = super::people::load(&source, &self.parser)?;
        let renderers = self.renderers(std::slice::from_ref(&person))?;
        let mut links = self.links.lock().unwrap_or_else(|e| e.into_inner());
        links.insert(slug.to_string(), pages::person_link(&person));
        let all: Vec<PersonLink> = links.values().cloned().collect();
        drop(links);
        let site = pages::site_vars(&self.config, all.len());
        let sink = Direct(output);
        self.write_person(&person, &renderers, &site, &sink)?;
        let only = (all.len() == 1).then_some(&person);
        self.write_index(only, &renderers, &site, &all, &sink)
    }
}

/// The people to read anew, with their keys.
fn fresh_of<'w>(
    people: &'w [PersonSource],
    works: &'w [Work],
) -> Vec<(&'w PersonSource, &'w PersonKey)> {
    (people.iter().zip(works))
        .filter_map(|(p, w)| match w {
            Work::Read(k) => Some((p, k)),
            Work::Kept(..) => None,
        })
        .collect()
}
