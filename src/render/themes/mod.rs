//! Finding themes and working out which file each template and static file of a
//! theme comes from.
//!
//! A theme is a folder `<name>/` with `theme.yaml` (`description`, optional
//! `extends: <parent>` and `replace_css`), `templates/` and `static/`. The built-in
//! themes (the repo's `themes/`) are compiled into the binary; a site's own
//! `themes/<name>/` adds a theme or replaces a built-in of the same name. A theme that
//! extends another inherits every file it does not have itself, and the site's
//! top-level `templates/` folder overrides any template of the theme in use. Every
//! theme of the chain is also reachable as `<theme>/<template>` (e.g.
//! `{% extends "classic/person.html" %}`), so an override can change one block of a
//! template instead of copying all of it.
//! Stylesheets add up along the chain rather than replace each other ([`css`]).
//!
//! This module reads files; compiling templates is [`super::Renderer`]'s job.

use std::borrow::Cow;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use include_dir::{include_dir, Dir};
use serde::Deserialize;

use crate::error::{did_you_mean, Error, Result, Source};
use crate::model::keys::{Field, Kind, Place};
use crate::site::links::{Fence, Skipped};

mod css;
mod files;

use files::{read_tree, slash_path};

static BUILT_IN: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/themes");

/// The keys of `theme.yaml` vitae reads ([`Manifest`]; a test keeps the two in step).
/// Others (name, author, licence, homepage) are allowed and ignored.
pub static THEME_YAML: Place = Place {
    context: "theme.yaml",
    fields: &[
        Field::new("description", Kind::Text),
        Field::new("extends", Kind::Text),
        Field::new("replace_css", Kind::Flag),
    ],
    open: true,
};

/// `theme.yaml`. Keys vitae does not use (author, licence, homepage) are allowed.
#[derive(Debug, Default, Deserialize, serde::Serialize)]
struct Manifest {
    #[serde(default)]
    description: Option<String>,
    #[serde(default)]
    extends: Option<String>,
    #[serde(default)]
    replace_css: bool,
}

/// The names of the themes built into vitae, sorted.
pub fn built_in_names() -> Vec<String> {
    let mut names: Vec<String> = BUILT_IN
        .dirs()
        .filter_map(|d| d.path().file_name()?.to_str().map(str::to_string))
        .collect();
    names.sort();
    names
}

/// One theme as found, before inheritance is applied.
#[derive(Debug)]
pub struct Theme {
    pub name: String,
    pub description: String,
    pub extends: Option<String>,
    /// Its `theme.css` alone, without its ancestors' (see [`css`]).
    pub replace_css: bool,
    /// Where the theme is, for messages: `themes/x` in the site, or `built-in theme x`.
    pub origin: String,
    manifest_path: PathBuf,
    /// Files under the theme folder by relative path (`templates/person.html`).
    files: BTreeMap<String, Cow<'static, [u8]>>,
}

/// A template ready for Tera: its name there, where it came from, and its text.
#[derive(Debug, Clone)]
pub struct TemplateFile {
    /// The name templates use for it: `person.html`, `partials/work.html`, `classic/person.html`.
    pub name: String,
    /// Where it came from, for error messages: `templates/person.html`, `built-in theme classic: person.html`.
    pub origin: String,
    pub source: String,
    /// A copy under `<theme>/…`, compiled only when a template names it.
    pub alias: bool,
    /// Built into vitae (and checked by its tests), not written by the site.
    pub built_in: bool,
}

/// Every theme available to a site, and the site's template overrides.
#[derive(Debug)]
pub struct Themes {
    themes: BTreeMap<String, Theme>,
    site_templates: Vec<TemplateFile>,
    /// Symlinks out of the site in its `themes/` and `templates/`, not read.
    pub skipped: Vec<Skipped>,
}

impl Themes {
    /// The built-in themes, the site's `themes/` and its `templates/`.
    pub fn load(site_root: &Path) -> Result<Themes> {
        let mut themes = BTreeMap::new();
        for dir in BUILT_IN.dirs() {
            let theme = built_in(dir)?;
            themes.insert(theme.name.clone(), theme);
        }
        let mut errors = Vec::new();
        let fence = Fence::new(site_root);
        let mut skipped = Vec::new();
        let site_themes = site_root.join("themes");
        if site_themes.is_dir() {
            let mut dirs: Vec<PathBuf> = std::fs::read_dir(&site_themes)
                .map_err(|e| Error::io(&site_themes, e))?
                .filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| !is_hidden(p))
                .collect();
            dirs.sort();
            for dir in dirs {
                match fence.check(&dir) {
                    Err(s) => skipped.push(s),
                    Ok(()) if !dir.is_dir() => {}
                    Ok(()) => match from_disk(&dir, &fence, &mut skipped) {
                        Ok(theme) => {
                            themes.insert(theme.name.clone(), theme);
                        }
                        Err(e) => errors.push(e),
                    },
                }
            }
        }
        let site_templates = match read_tree(&fence, &site_root.join("templates"), &mut skipped) {
            Ok(files) => files
                .into_iter()
                .filter_map(
                    |(rel, bytes)| match template_text(&rel, bytes, "templates") {
                        Ok(source) => Some(TemplateFile {
                            origin: format!("templates/{rel}"),
                            name: rel,
                            source,
                            alias: false,
                            built_in: false,
                        }),
                        Err(e) => {
                            errors.push(e);
                            None
                        }
                    },
                )
                .collect(),
            Err(e) => {
                errors.push(e);
                Vec::new()
            }
        };
        if !errors.is_empty() {
            return Err(Error::Many(errors));
        }
        Ok(Themes {
            themes,
            site_templates,
            skipped,
        })
    }

    pub fn names(&self) -> Vec<String> {
        self.themes.keys().cloned().collect()
    }

    pub fn get(&self, name: &str) -> Result<&Theme> {
        self.themes.get(name).ok_or_else(|| Error::MissingTheme {
            name: name.to_string(),
            available: self.names(),
            file: None,
        })
    }

    /// The theme and its ancestors, the theme itself first.
    pub fn chain(&self, name: &str) -> Result<Vec<&Theme>> {
        let mut chain = vec![self.get(name)?];
        while let Some(parent) = chain.last().and_then(|t| t.extends.as_deref()) {
            let child = chain.last().copied().unwrap_or_else(|| unreachable!());
            let Some(next) = self.themes.get(parent) else {
                let hint = match did_you_mean(parent, &self.names()) {
                    Some(best) => format!("; did you mean `{best}`?"),
                    None => format!("; available: {}", self.names().join(", ")),
                };
                return Err(Error::Invalid {
                    file: Source::file(&child.manifest_path),
                    message: format!(
                        "theme `{}` extends `{parent}`, which does not exist{hint}",
                        child.name
                    ),
                });
            };
            if chain.iter().any(|t| t.name == next.name) {
                let mut names: Vec<&str> = chain.iter().map(|t| t.name.as_str()).collect();
                names.push(&next.name);
                return Err(Error::Invalid {
                    file: Source::file(&child.manifest_path),
                    message: format!(
                        "themes extend each other in a circle: {}",
                        names.join(" → ")
                    ),
                });
            }
            chain.push(next);
        }
        Ok(chain)
    }

    /// Every template the theme `name` renders with: the theme's own, inherited ones
    /// it does not override, the site's `templates/` over all of them, and each theme
    /// of the chain under `<theme>/…`.
    pub fn templates(&self, name: &str) -> Result<Vec<TemplateFile>> {
        let chain = self.chain(name)?;
        let mut by_name: BTreeMap<String, TemplateFile> = BTreeMap::new();
        let mut errors = Vec::new();
        for theme in &chain {
            for (rel, bytes) in theme.files_under("templates/") {
                match template_text(rel, bytes.to_vec(), &theme.origin) {
                    Ok(source) => {
                        let built_in = matches!(bytes, Cow::Borrowed(_));
                        let origin = format!("{}: templates/{rel}", theme.origin);
                        let namespaced = format!("{}/{rel}", theme.name);
                        by_name.entry(namespaced.clone()).or_insert(TemplateFile {
                            name: namespaced,
                            origin: origin.clone(),
                            source: source.clone(),
                            alias: true,
                            built_in,
                        });
                        // The theme nearest the one in use wins (it comes first).
                        by_name.entry(rel.to_string()).or_insert(TemplateFile {
                            name: rel.to_string(),
                            origin,
                            source,
                            alias: false,
                            built_in,
                        });
                    }
                    Err(e) => errors.push(e),
                }
            }
        }
        if !errors.is_empty() {
            return Err(Error::Many(errors));
        }
        for t in &self.site_templates {
            by_name.insert(t.name.clone(), t.clone());
        }
        Ok(by_name.into_values().collect())
    }

    /// The files of `static/` the theme `name` publishes (its own over inherited ones),
    /// by path relative to `static/`, with its ancestors' stylesheets beside its own
    /// (see [`Themes::stylesheets`]).
    pub fn static_files(&self, name: &str) -> Result<Vec<(PathBuf, Cow<'static, [u8]>)>> {
        let mut by_path: BTreeMap<String, Cow<'static, [u8]>> = BTreeMap::new();
        for theme in self.chain(name)? {
            for (rel, bytes) in theme.files_under("static/") {
                by_path
                    .entry(rel.to_string())
                    .or_insert_with(|| bytes.clone());
            }
        }
        by_path.extend(self.stylesheets(name)?);
        Ok(by_path
            .into_iter()
            .map(|(rel, bytes)| (PathBuf::from(rel), bytes))
            .collect())
    }
}

impl Theme {
    /// Files whose path starts with `prefix`, with the prefix removed.
    fn files_under<'a>(
        &'a self,
        prefix: &'a str,
    ) -> impl Iterator<Item = (&'a str, &'a Cow<'static, [u8]>)> + 'a {
        self.files
            .iter()
            .filter_map(move |(path, bytes)| Some((path.strip_prefix(prefix)?, bytes)))
    }
}

fn built_in(dir: &'static Dir<'static>) -> Result<Theme> {
    let name = dir
        .path()
        .file_name()
        .and_then(|n| n.to_str())
        .unwrap_or_default()
        .to_string();
    let mut files = BTreeMap::new();
    collect_embedded(dir, dir.path(), &mut files);
    let manifest_path = PathBuf::from(format!("themes/{name}/theme.yaml"));
    let manifest = match files.get("theme.yaml") {
        Some(bytes) => parse_manifest(&manifest_path, bytes)?,
        None => Manifest::default(),
    };
    Ok(Theme {
        description: manifest.description.unwrap_or_default(),
        extends: manifest.extends,
        replace_css: manifest.replace_css,
        origin: format!("built-in theme {name}"),
        name,
        manifest_path,
        files,
    })
}

fn collect_embedded(
    dir: &'static Dir<'static>,
    root: &Path,
    out: &mut BTreeMap<String, Cow<'static, [u8]>>,
) {
    for file in dir.files() {
        if let Ok(rel) = file.path().strip_prefix(root) {
            if !is_hidden(file.path()) {
                out.insert(slash_path(rel), Cow::Borrowed(file.contents()));
            }
        }
    }
    for sub in dir.dirs() {
        collect_embedded(sub, root, out);
    }
}

fn from_disk(dir: &Path, fence: &Fence, skipped: &mut Vec<Skipped>) -> Result<Theme> {
    let name = dir
        .file_name()
        .and_then(|n| n.to_str())
        .ok_or_else(|| Error::Invalid {
            file: Source::file(dir),
            message: "a theme's folder name must be valid UTF-8".into(),
        })?
        .to_string();
    let manifest_path = dir.join("theme.yaml");
    if !manifest_path.is_file() {
        return Err(Error::Invalid {
            file: Source::file(dir),
            message: "a theme folder needs a theme.yaml (with at least `description:`)".into(),
        });
    }
    let bytes = std::fs::read(&manifest_path).map_err(|e| Error::io(&manifest_path, e))?;
    let manifest = parse_manifest(&manifest_path, &bytes)?;
    let files = read_tree(fence, dir, skipped)?
        .into_iter()
        .map(|(rel, bytes)| (rel, Cow::Owned(bytes)))
        .collect();
    Ok(Theme {
        description: manifest.description.unwrap_or_default(),
        extends: manifest.extends,
        replace_css: manifest.replace_css,
        origin: format!("themes/{name}"),
        name,
        manifest_path,
        files,
    })
}

fn parse_manifest(path: &Path, bytes: &[u8]) -> Result<Manifest> {
    let text = std::str::from_utf8(bytes).map_err(|_| Error::NotUtf8(Source::file(path)))?;
    if text.trim().is_empty() {
        return Ok(Manifest::default());
    }
    serde_yaml::from_str(text).map_err(|e| crate::error::serde_words::yaml_error(path, text, &e))
}

fn template_text(rel: &str, bytes: Vec<u8>, origin: &str) -> Result<String> {
    String::from_utf8(bytes)
        .map_err(|_| Error::NotUtf8(Source::file(format!("{origin}/templates/{rel}"))))
}

fn is_hidden(p: &Path) -> bool {
    p.file_name()
        .and_then(|n| n.to_str())
        .is_some_and(|n| n.starts_with('.'))
}

#[cfg(test)]
mod tests;
