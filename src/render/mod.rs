//! Rendering: themes (Tera templates and static files) turn page variables into HTML.
//!
//! - [`themes`]: finding themes (built-in, the site's own), inheritance, site overrides
//! - [`context`]: the variables templates see — the contract with theme authors
//! - [`filters`]: the Tera filters and functions themes use (`markdown`, `date` …)
//! - [`markdown`], [`dates`], [`urls`], [`i18n`], [`jsonld`]: what those are made of
//!
//! [`ThemeSet`] is loaded once per site; [`ThemeSet::renderer`] compiles one theme's
//! templates into a [`Renderer`] once per build, which then renders every page of
//! that theme (from many threads at once). Deciding what a page shows (section order,
//! privacy, paths) is `build`'s job, not this module's.

mod compile;
mod context;
mod dates;
mod filters;
mod fold;
mod i18n;
mod jsonld;
mod markdown;
mod parsed;
mod themes;
mod urls;

pub use context::{Contact, PageVars, PersonLink, PersonVars, SiteVars};
pub use dates::{format_date, format_range, IsoDate};
pub use i18n::Lang;
pub use markdown::Markdown;
pub use urls::{path_segment, safe_url, url_label};

use std::borrow::Cow;
use std::path::{Path, PathBuf};
use std::sync::{Arc, PoisonError, RwLock};

use serde::Serialize;
use tera::{Context, Tera};

use crate::error::{Error, Result};
pub use themes::{built_in_names as built_in_themes, THEME_YAML};
use themes::{TemplateFile, Themes};

/// The templates every theme must have (after inheritance).
const REQUIRED: &[&str] = &["person.html", "index.html", "404.html"];

/// The themes a site can use: the built-in ones, the site's `themes/`, and its
/// `templates/` overrides. A snapshot of the files at load time.
pub struct ThemeSet {
    themes: Themes,
    markdown: Arc<Markdown>,
}

impl ThemeSet {
    pub fn load(site_root: &Path) -> Result<ThemeSet> {
        Ok(ThemeSet {
            themes: Themes::load(site_root)?,
            markdown: Arc::new(Markdown::new()),
        })
    }

    /// Symlinks in the site's `themes/` and `templates/` that were not followed.
    pub fn skipped(&self) -> &[crate::site::links::Skipped] {
        &self.themes.skipped
    }

    /// Every theme name, sorted.
    pub fn names(&self) -> Vec<String> {
        self.themes.names()
    }

    /// The `description` of a theme's `theme.yaml`.
    pub fn description(&self, theme: &str) -> Result<&str> {
        Ok(&self.themes.get(theme)?.description)
    }

    /// Compiles the templates of `theme` for pages in `language` (a BCP 47 tag): the
    /// pages, the site's own and the built-in ones at once, any other partial as pages
    /// first include it.
    pub fn renderer(&self, theme: &str, language: &str) -> Result<Renderer> {
        let files = self.themes.templates(theme)?;
        let lang = Lang::from_tag(language);
        let mut tera = filters::new_tera(lang, self.markdown.clone());
        // The pages, the site's own templates and the built-in ones parsed when vitae
        // was built now; any other partial when a page first includes it (see
        // [`compile`]).
        compile::add(&mut tera, &files, &compile::first(&files), lang)?;
        let missing: Vec<&str> = REQUIRED
            .iter()
            .copied()
            .filter(|r| !files.iter().any(|f| f.name == *r))
            .collect();
        if !missing.is_empty() {
            return Err(Error::Template {
                template: missing.join(", "),
                message: format!("theme `{theme}` has no such template (and none it extends has)"),
            });
        }
        let stylesheets = self
            .themes
            .stylesheets(theme)?
            .into_iter()
            .map(|(file, _)| file)
            .collect();
        Ok(Renderer {
            tera: RwLock::new(tera),
            lang,
            files: Arc::new(files),
            markdown: self.markdown.clone(),
            stylesheets,
        })
    }

    /// Feeds every theme's name, templates and static files to `feed`, in a fixed
    /// order: what a record of rendered pages must change with. Nothing is compiled.
    /// With `program_known` (the caller's record already changes with this program),
    /// files built into the program are fed by name and length only: hashing the
    /// built-in fonts again on every run was a tenth of a one-person build.
    pub fn fingerprint(&self, program_known: bool, feed: &mut dyn FnMut(&[u8])) {
        for name in self.names() {
            feed(name.as_bytes());
            match self.themes.templates(&name) {
                Ok(files) => files.iter().for_each(|f| {
                    feed(f.name.as_bytes());
                    // Built-in templates change only with the program, as the files
                    // below: hashing them was most of the key of a one-person site.
                    if program_known && f.built_in {
                        feed(b"built in");
                        feed(&(f.source.len() as u64).to_le_bytes());
                    } else {
                        feed(f.source.as_bytes());
                    }
                }),
                Err(e) => feed(e.to_string().as_bytes()),
            }
            for (path, bytes) in self.static_files(&name).unwrap_or_default() {
                feed(path.to_string_lossy().as_bytes());
                match bytes {
                    Cow::Borrowed(b) if program_known => {
                        feed(b"built in");
                        feed(&(b.len() as u64).to_le_bytes());
                    }
                    bytes => feed(&bytes),
                }
            }
        }
    }

    /// The static files (CSS, fonts) of `theme`, by path under `themes/<name>/`.
    pub fn static_files(&self, theme: &str) -> Result<Vec<(PathBuf, Cow<'static, [u8]>)>> {
        self.themes.static_files(theme)
    }
}

/// The templates of `files` Tera must compile: every one a page can be rendered with,
/// and each `<theme>/…` copy only when a compiled template names it. Compiling every
/// theme's templates twice would double the fixed cost of every build, and a template
/// can only reach another by naming it in a literal (`extends`, `include`, `import`).
pub fn compiled(files: &[TemplateFile]) -> Vec<&TemplateFile> {
    let (mut needed, mut aliases): (Vec<&TemplateFile>, Vec<&TemplateFile>) =
        files.iter().partition(|f| !f.alias);
    loop {
        let (named, rest): (Vec<&TemplateFile>, Vec<&TemplateFile>) = aliases
            .into_iter()
            .partition(|a| needed.iter().any(|f| f.source.contains(&a.name)));
        if named.is_empty() {
            return needed;
        }
        needed.extend(named);
        aliases = rest;
    }
}

/// One theme's compiled templates, ready to render pages.
pub struct Renderer {
    /// Written only to add a template a page includes for the first time.
    tera: RwLock<Tera>,
    /// The language of its pages (its templates' words are folded in).
    lang: Lang,
    files: Arc<Vec<TemplateFile>>,
    markdown: Arc<Markdown>,
    /// The theme's stylesheets, parent first, by file name under its static folder.
    stylesheets: Vec<String>,
}

impl Renderer {
    /// A person's page: `person.html` with `site`, `page`, `person` and `json_ld`.
    ///
    /// It gets no list of everyone (only `site.people_count`): that list on every page
    /// would make a site's build quadratic in its number of people.
    pub fn render_person(
        &self,
        site: &SiteVars,
        page: &PageVars,
        person: &PersonVars,
    ) -> Result<String> {
        let json_ld = jsonld::person_json_ld(person, page, &self.markdown);
        let vars = PageContext {
            site,
            page,
            people: None,
            person: Some(person),
            json_ld: Some(json_ld),
        };
        self.render("person.html", &vars)
    }

    /// The index of a site with several people: `index.html`.
    pub fn render_index(
        &self,
        site: &SiteVars,
        page: &PageVars,
        people: &[PersonLink],
    ) -> Result<String> {
        let vars = PageContext::shared(site, page, Some(people));
        self.render("index.html", &vars)
    }

    /// The page a static host shows for a missing address: `404.html`.
    pub fn render_404(&self, site: &SiteVars, page: &PageVars) -> Result<String> {
        let vars = PageContext::shared(site, page, None);
        self.render("404.html", &vars)
    }

    /// Serialises the variables once (Tera's `Context::insert` would serialise each
    /// again), gives every résumé field a value, and renders.
    fn render(&self, template: &str, vars: &PageContext) -> Result<String> {
        let mut value = tera::to_value(vars).map_err(|e| Error::Template {
            template: template.to_string(),
            message: format!("the page's variables: {e}"),
        })?;
        if let Some(resume) = value.pointer_mut("/person/resume") {
            context::fill_schema(resume);
        }
        // `page.stylesheets`: the theme's stylesheets as links from this page.
        if let Some(page) = value.get_mut("page").and_then(|p| p.as_object_mut()) {
            let dir = page
                .get("theme_static")
                .and_then(|d| d.as_str())
                .unwrap_or_default()
                .to_string();
            let links = self
                .stylesheets
                .iter()
                .map(|f| format!("{dir}{f}").into())
                .collect();
            page.insert("stylesheets".into(), tera::Value::Array(links));
        }
        let ctx = Context::from_value(value).map_err(|e| template_error(&e, &self.files))?;
        let mut added = Vec::new();
        loop {
            let tera = self.tera.read().unwrap_or_else(PoisonError::into_inner);
            let err = match tera.render(template, &ctx) {
                Ok(html) => return Ok(html),
                Err(e) => e,
            };
            drop(tera);
            // A partial not compiled yet: compiled now, and the page rendered again.
            match compile::missing_include(&err) {
                Some(name) if !added.contains(&name) => {
                    let mut tera = self.tera.write().unwrap_or_else(PoisonError::into_inner);
                    let known = tera.templates.contains_key(&name);
                    if !known && !compile::add(&mut tera, &self.files, &[&name], self.lang)? {
                        return Err(template_error(&err, &self.files));
                    }
                    added.push(name);
                }
                _ => return Err(template_error(&err, &self.files)),
            }
        }
    }
}

/// Everything a template sees, serialised in one go.
#[derive(Serialize)]
struct PageContext<'a> {
    site: &'a SiteVars,
    page: &'a PageVars,
    #[serde(skip_serializing_if = "Option::is_none")]
    people: Option<&'a [PersonLink]>,
    #[serde(skip_serializing_if = "Option::is_none")]
    person: Option<&'a PersonVars>,
    #[serde(skip_serializing_if = "Option::is_none")]
    json_ld: Option<String>,
}

impl<'a> PageContext<'a> {
    fn shared(site: &'a SiteVars, page: &'a PageVars, people: Option<&'a [PersonLink]>) -> Self {
        PageContext {
            site,
            page,
            people,
            person: None,
            json_ld: None,
        }
    }
}

/// A Tera error as [`Error::Template`]: which template file (where it came from), the
/// line where Tera or a search of the source can tell, and the real message from the
/// end of Tera's error chain.
fn template_error(err: &tera::Error, files: &[TemplateFile]) -> Error {
    let mut messages = Vec::new();
    let mut cur: Option<&dyn std::error::Error> = Some(err);
    while let Some(e) = cur {
        messages.push(e.to_string());
        cur = e.source();
    }
    // "Failed to parse 'x'" / "Failed to render 'x' (error happened in 'y')": the
    // innermost template named is where the problem is.
    let named: Vec<String> = messages.iter().flat_map(|m| quoted(m, '\'')).collect();
    let name = named
        .iter()
        .rev()
        .find(|n| files.iter().any(|f| &f.name == *n))
        .cloned();
    let detail = messages
        .iter()
        .rev()
        .find(|m| !m.starts_with("Failed to "))
        .cloned()
        .unwrap_or_else(|| messages.last().cloned().unwrap_or_default());
    let (file, line) = locate(&detail, name.as_deref(), files);
    let template = file.map_or_else(|| name.clone().unwrap_or_default(), |f| f.origin.clone());
    let detail = tidy_parse_message(&detail);
    let message = match line {
        Some(l) if !detail.starts_with("line ") => format!("line {l}: {detail}"),
        _ => detail,
    };
    Error::Template { template, message }
}

/// Texts between `q` quotes in `s`.
fn quoted(s: &str, q: char) -> Vec<String> {
    s.split(q).skip(1).step_by(2).map(str::to_string).collect()
}

/// The template file with the problem and its line: parse errors carry `--> line:col`;
/// for render errors the name Tera complains about (a filter, variable, function) is
/// looked up in the sources, the template Tera named first.
fn locate<'a>(
    detail: &str,
    name: Option<&str>,
    files: &'a [TemplateFile],
) -> (Option<&'a TemplateFile>, Option<usize>) {
    let named = name.and_then(|n| files.iter().find(|f| f.name == n));
    if let Some(pos) = detail.find("--> ") {
        let line = detail[pos + 4..]
            .split(':')
            .next()
            .and_then(|l| l.trim().parse().ok());
        return (named, line);
    }
    let needle = quoted(detail, '`')
        .into_iter()
        .chain(quoted(detail, '\''))
        .find(|n| !n.is_empty());
    let Some(needle) = needle else {
        return (named, None);
    };
    // Included partials render inside the including template, so Tera names the
    // outer one; look there first, then in every other template.
    let candidates = named
        .into_iter()
        .chain(files.iter().filter(|f| Some(f.name.as_str()) != name));
    for f in candidates {
        if let Some(i) = f.source.lines().position(|l| l.contains(&needle)) {
            return (Some(f), Some(i + 1));
        }
    }
    (named, None)
}

/// Tera's parse errors as one readable line: `line 3, column 16: expected …`.
fn tidy_parse_message(detail: &str) -> String {
    let Some(pos) = detail.find("--> ") else {
        return detail.trim().to_string();
    };
    let at = detail[pos + 4..].lines().next().unwrap_or("").trim();
    let (line, col) = at.split_once(':').unwrap_or((at, ""));
    let expected = detail
        .lines()
        .find_map(|l| l.trim().strip_prefix("= "))
        .unwrap_or("syntax error");
    let code = detail
        .lines()
        .find_map(|l| {
            let (num, rest) = l.split_once(" | ")?;
            (num.trim() == line).then(|| rest.trim().to_string())
        })
        .unwrap_or_default();
    if code.is_empty() {
        format!("line {line}, column {col}: {expected}")
    } else {
        format!("line {line}, column {col}: {expected} in `{code}`")
    }
}

#[cfg(test)]
mod tests;
