//! The variables of each page (see `render::context`), built from the site and a person:
//! section order, privacy, paper, relative links, canonical URLs; and the résumé as
//! published, its values made to fit the JSON Resume schema ([`published`]).
//!
//! It decides what a page shows; how it looks is the theme's business.

use crate::model::{Medium, Resume, SECTION_ORDER};
use crate::render::{path_segment, Contact, PageVars, PersonLink, PersonVars, SiteVars};

mod published;

use super::people::Person;
use crate::site::{Privacy, SiteConfig};
use published::{absolute_urls, schema_dates};

/// `site` for every page.
pub fn site_vars(config: &SiteConfig, people_count: usize) -> SiteVars {
    SiteVars {
        title: config.title.clone(),
        description: config.description.clone(),
        base_url: normalise_base_url(&config.base_url),
        language: config.language.clone(),
        generator: format!("vitae {}", env!("CARGO_PKG_VERSION")),
        people_count,
    }
}

/// `https://x.org/cv` → `https://x.org/cv/`; empty stays empty.
pub fn normalise_base_url(url: &str) -> String {
    let url = url.trim();
    if url.is_empty() || url.ends_with('/') {
        url.to_string()
    } else {
        format!("{url}/")
    }
}

/// The file that links name inside a folder: `ada/index.html`, not `ada/`.
///
/// A site opened from disk (`file://`) gets no index file for a folder address (the
/// browser lists the folder instead), while every static host serves the file at its
/// own address too (some redirect it to the folder's): naming the file is the one
/// link that works in both places, with no script and no setting. Canonical URLs and
/// the sitemap keep the folder address, so that is the one search engines keep.
pub const INDEX_FILE: &str = "index.html";

/// `page` for a page at `path` (`""` for the root, `"ada/"` one level down).
pub fn page_vars(
    kind: &str,
    path: &str,
    theme: &str,
    site: &SiteVars,
    config: &SiteConfig,
    person: Option<&Person>,
) -> PageVars {
    let depth = path.matches('/').count();
    // A static host serves 404.html at any missing address, at any depth, so its
    // links must not be relative when they can be absolute.
    let root = if kind == "404" && !site.base_url.is_empty() {
        site.base_url.clone()
    } else {
        "../".repeat(depth)
    };
    let paper = person
        .and_then(|p| p.settings.paper)
        .unwrap_or(config.paper);
    PageVars {
        kind: kind.to_string(),
        home: format!("{root}{INDEX_FILE}"),
        root: root.clone(),
        path: path.to_string(),
        canonical: (!site.base_url.is_empty()).then(|| format!("{}{path}", site.base_url)),
        theme_static: format!("{root}themes/{theme}/"),
        paper,
        paper_css: paper.css_size().to_string(),
    }
}

/// The theme a person's pages use.
pub fn theme_of<'a>(person: &'a Person, config: &'a SiteConfig) -> &'a str {
    person.settings.theme.as_deref().unwrap_or(&config.theme)
}

/// Sections with content, in the person's order, else the site's, then the usual order.
pub fn section_order(
    resume: &Resume,
    person_order: Option<&[String]>,
    site_order: &[String],
) -> Vec<String> {
    let preferred = person_order.unwrap_or(site_order);
    let mut out: Vec<String> = Vec::new();
    for name in preferred
        .iter()
        .map(String::as_str)
        .chain(SECTION_ORDER.iter().copied())
    {
        if resume.has_section(name) && !out.iter().any(|s| s == name) {
            out.push(name.to_string());
        }
    }
    out
}

/// A person as the web may see them: privacy applied once, before any template,
/// `resume.json` or JSON-LD gets the data.
#[derive(Debug, Clone)]
pub struct Published {
    /// The résumé for the web medium (see [`Resume::redacted`]).
    pub resume: Resume,
    /// The contact details of the page header. The one place where a detail shown
    /// only in print reaches the page, marked `only: print` for a print-only element
    /// (unless the build prints PDFs: then it reaches the PDF alone, see `build::pdf`).
    pub contacts: Vec<Contact>,
    pub privacy: Privacy,
}

/// Applies the person's privacy (over the site's) to their merged résumé, and makes
/// its URLs absolute (see [`absolute_urls`]).
pub fn publish(person: &Person, config: &SiteConfig) -> Published {
    publish_for(person, config, Medium::Web)
}

/// [`publish`] for `medium`: for print, the résumé keeps what print shows, and the
/// contacts are those of print alone (such a copy is only ever printed, never published).
pub fn publish_for(person: &Person, config: &SiteConfig, medium: Medium) -> Published {
    let privacy = privacy_of(person, config);
    let mut resume = person.resume.redacted(&privacy, medium);
    let base = normalise_base_url(&config.base_url);
    let page = url::Url::parse(&base)
        .and_then(|b| b.join(&format!("{}/", person.slug)))
        .ok();
    absolute_urls(&mut resume, page.as_ref());
    let mut contacts = Contact::list(&person.resume, &privacy);
    if medium == Medium::Print {
        contacts.retain(|c| c.print);
    }
    Published {
        resume,
        contacts,
        privacy,
    }
}

/// `person` for a page at `page_path`; asset links are made relative to that page.
/// Every résumé value it carries comes from [`publish`].
pub fn person_vars(person: &Person, config: &SiteConfig, page_path: &str) -> PersonVars {
    person_vars_for(person, config, page_path, Medium::Web)
}

/// [`person_vars`] for `medium` (see [`publish_for`]).
pub fn person_vars_for(
    person: &Person,
    config: &SiteConfig,
    page_path: &str,
    medium: Medium,
) -> PersonVars {
    person_vars_with(
        person,
        config,
        page_path,
        publish_for(person, config, medium),
    )
}

/// [`person_vars`] from the person as [`publish_for`] gave them.
pub fn person_vars_with(
    person: &Person,
    config: &SiteConfig,
    page_path: &str,
    published: Published,
) -> PersonVars {
    let prefix = if page_path.is_empty() {
        format!("{}/", path_segment(&person.slug))
    } else {
        String::new()
    };
    let file = |p: &std::path::Path| {
        p.file_name()
            .and_then(|n| n.to_str())
            .map(|n| format!("{prefix}{}", path_segment(n)))
    };
    let Published {
        resume,
        contacts,
        privacy,
    } = published;
    PersonVars {
        slug: person.slug.clone(),
        contacts,
        name: resume.display_name().to_string(),
        sections: section_order(&resume, person.settings.order.as_deref(), &config.sections),
        resume,
        photo: person.photo().and_then(file),
        pdf: person.pdf().and_then(file),
        json: format!("{prefix}resume.json"),
        print_pdf: None,
        privacy,
    }
}

/// The person's privacy settings over the site's (key by key).
pub fn privacy_of(person: &Person, config: &SiteConfig) -> Privacy {
    person.settings.privacy_over(&config.privacy)
}

/// The link to a person used on the index and in navigation.
pub fn person_link(person: &Person) -> PersonLink {
    PersonLink {
        slug: person.slug.clone(),
        name: person.resume.display_name().to_string(),
        label: person.resume.basics.label.clone(),
        url: format!("{}/{INDEX_FILE}", path_segment(&person.slug)),
    }
}

/// The published `resume.json`: the résumé of [`publish`], as the page has it, with
/// its dates in the schema's ISO 8601 form ([`schema_dates`]).
pub fn public_resume(person: &Person, config: &SiteConfig) -> Resume {
    public_resume_of(publish(person, config).resume)
}

/// [`public_resume`] from the résumé of [`publish`].
pub fn public_resume_of(mut resume: Resume) -> Resume {
    schema_dates(&mut resume);
    resume
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Skill, Work};

    #[test]
    fn order_puts_preferred_first_and_skips_empty() {
        let mut r = Resume::default();
        r.work.push(Work::default());
        r.skills.push(Skill::default());
        let site = vec!["skills".to_string(), "education".to_string()];
        assert_eq!(section_order(&r, None, &site), vec!["skills", "work"]);
        let person = vec!["work".to_string()];
        assert_eq!(
            section_order(&r, Some(&person), &site),
            vec!["work", "skills"]
        );
    }

    #[test]
    fn page_root_and_canonical() {
        let cfg = SiteConfig {
            base_url: "https://x.org/cv".into(),
            ..SiteConfig::default()
        };
        let site = site_vars(&cfg, 1);
        let p = page_vars("person", "ada/", "classic", &site, &cfg, None);
        assert_eq!(p.root, "../");
        assert_eq!(p.home, "../index.html");
        assert_eq!(p.theme_static, "../themes/classic/");
        assert_eq!(p.canonical.as_deref(), Some("https://x.org/cv/ada/"));
        let root = page_vars("index", "", "classic", &site, &cfg, None);
        assert_eq!(root.root, "");
        assert_eq!(root.home, "index.html");
        let not_found = page_vars("404", "", "classic", &site, &cfg, None);
        assert_eq!(not_found.home, "https://x.org/cv/index.html");
    }
}
