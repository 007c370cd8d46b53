//! Compiling a theme's templates into Tera, only as far as pages need them.
//!
//! Takes the theme's template files; gives a Tera holding the templates every page
//! needs before it renders (the pages, what they extend or import, every template the
//! site wrote itself, the built-in ones parsed when vitae was built), and compiles any
//! other built-in partial when a page first includes it. Parsing templates was most
//! of a small site's build, and a page includes only the partials of the sections its
//! person has. The pages are compiled at once because a build compiles them while
//! people are read, on a core the reading leaves idle. The site's own templates are
//! compiled at once too, so a mistake in one is reported before anything renders; the
//! built-in ones are checked by the tests. It renders nothing.

use rayon::prelude::*;
use tera::Tera;

use super::i18n::Lang;
use super::themes::TemplateFile;
use super::{fold, parsed, template_error, REQUIRED};
use crate::error::Result;

/// The templates to compile before any page renders: all of them when some template
/// could render differently for a missing one (`ignore missing`, or a list of names
/// to try in turn), else the pages, every template the site itself wrote and every
/// built-in one parsed when vitae was built (see [`parsed`]: putting one together
/// costs less than rendering a page again to find it is missing).
pub(super) fn first(files: &[TemplateFile]) -> Vec<&str> {
    if files.iter().any(|f| tries_names(&f.source)) {
        return super::compiled(files)
            .into_iter()
            .map(|f| f.name.as_str())
            .collect();
    }
    files
        .iter()
        .filter(|f| {
            !f.alias
                && (REQUIRED.contains(&f.name.as_str()) || !f.built_in || parsed::known(&f.source))
        })
        .map(|f| f.name.as_str())
        .collect()
}

/// Whether `source` has an include that falls back (`ignore missing`) or tries several
/// names (`include [...]`): which template it renders depends on which are compiled.
fn tries_names(source: &str) -> bool {
    source.contains("ignore missing")
        || source
            .match_indices("include")
            .any(|(at, word)| source[at + word.len()..].trim_start().starts_with('['))
}

/// Compiles `names` and what they extend or import (on every core), unless compiled
/// already, folds what they render alike on every page in `lang` (see [`fold`]), then
/// links the templates. False when none of `names` is a file of the theme.
pub(super) fn add(
    tera: &mut Tera,
    files: &[TemplateFile],
    names: &[&str],
    lang: Lang,
) -> Result<bool> {
    let mut batch: Vec<&TemplateFile> = names
        .iter()
        .filter(|n| !tera.templates.contains_key(**n))
        .filter_map(|n| files.iter().find(|f| f.name == *n))
        .collect();
    if batch.is_empty() {
        return Ok(false);
    }
    while !batch.is_empty() {
        // `Template::new` and the `templates` map are public in Tera 1 but left out of
        // its documentation; should an upgrade drop them, `add_raw_templates` does the
        // same work on one core.
        let parsed: Vec<tera::Result<tera::Template>> = batch
            .par_iter()
            .map(
                |f| match f.built_in.then(|| parsed::template(&f.name, &f.source)) {
                    Some(Some(template)) => Ok(template),
                    _ => tera::Template::new(&f.name, None, &f.source),
                },
            )
            .collect();
        let mut next = Vec::new();
        for (f, template) in batch.iter().zip(parsed) {
            let mut template = template.map_err(|e| {
                let e = tera::Error::chain(format!("Failed to parse '{}'", f.name), e);
                template_error(&e, files)
            })?;
            fold::fold(&mut template, lang);
            let needs = template
                .parent
                .iter()
                .chain(template.imported_macro_files.iter().map(|(file, _)| file));
            for name in needs {
                if !tera.templates.contains_key(name)
                    && next.iter().all(|n: &&TemplateFile| n.name != *name)
                {
                    next.extend(files.iter().find(|f| f.name == *name));
                }
            }
            tera.templates.insert(f.name.clone(), template);
        }
        next.retain(|f| !tera.templates.contains_key(&f.name));
        batch = next;
    }
    tera.build_inheritance_chains()
        .and_then(|()| tera.check_macro_files())
        .map_err(|e| template_error(&e, files))?;
    Ok(true)
}

/// The template a page or an include could not find (an include's is named `[name]`).
pub(super) fn missing_include(err: &tera::Error) -> Option<String> {
    let mut cur: Option<&(dyn std::error::Error + 'static)> = Some(err);
    while let Some(e) = cur {
        if let Some(tera::Error {
            kind: tera::ErrorKind::TemplateNotFound(name),
            ..
        }) = e.downcast_ref::<tera::Error>()
        {
            let listed = name.strip_prefix('[').and_then(|n| n.strip_suffix(']'));
            return Some(listed.unwrap_or(name).to_string());
        }
        cur = e.source();
    }
    None
}
