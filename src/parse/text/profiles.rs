//! Profiles on known networks: a URL on a network's domain (`github.com/name`,
//! `linkedin.com/in/name`) or a labelled handle ("GitHub: name"). A bare label ("Blog",
//! "[Link]") is no profile; that's for the caller to leave alone. [`own_pages`] takes
//! a list section's lines and lifts out those that only link to the person's own page.

use std::sync::LazyLock;

use regex::Regex;

use super::explain::Recorder;
use super::lines::{plain, urls};
use super::normalise::Line;
use crate::model::{Basics, Profile};

/// "GitHub: name": a network label, a colon and a handle.
pub static HANDLE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(github|gitlab|linkedin|twitter|x|mastodon|stack ?overflow|kaggle|medium|dribbble|behance|leetcode|orcid|google scholar|researchgate|instagram|bitbucket|codepen|hugging ?face|website|web|homepage|portfolio|blog|site)\s*[:：]\s*(\S+)$").unwrap()
});

/// Known profile sites: (domain, network name, path prefix before the user name).
const NETWORKS: &[(&str, &str, &str)] = &[
    ("github.com", "GitHub", ""),
    ("gitlab.com", "GitLab", ""),
    ("linkedin.com", "LinkedIn", "in/"),
    ("twitter.com", "Twitter", ""),
    ("x.com", "X", ""),
    ("stackoverflow.com", "Stack Overflow", "users/"),
    ("medium.com", "Medium", ""),
    ("dribbble.com", "Dribbble", ""),
    ("behance.net", "Behance", ""),
    ("kaggle.com", "Kaggle", ""),
    ("scholar.google.com", "Google Scholar", ""),
    ("orcid.org", "ORCID", ""),
    ("researchgate.net", "ResearchGate", "profile/"),
    ("leetcode.com", "LeetCode", ""),
    ("instagram.com", "Instagram", ""),
    ("bitbucket.org", "Bitbucket", ""),
    ("codepen.io", "CodePen", ""),
    ("huggingface.co", "Hugging Face", ""),
    ("youtube.com", "YouTube", ""),
    ("xing.com", "XING", "profile/"),
];

/// The profile a URL points at, if it is on a known network.
pub fn profile_of(url: &str) -> Option<Profile> {
    let lower = url.to_lowercase();
    let bare = lower
        .trim_start_matches("https://")
        .trim_start_matches("http://")
        .trim_start_matches("www.");
    for (domain, network, prefix) in NETWORKS {
        if let Some(path) = bare.strip_prefix(domain) {
            let path = path.trim_start_matches('/');
            let user_path = path.strip_prefix(prefix).unwrap_or(path);
            // `bare` is lower-cased; find the same place in the URL as written.
            let start = url.len().saturating_sub(user_path.len());
            let start = if url.is_char_boundary(start) {
                start
            } else {
                url.len()
            };
            let param = url
                .split_once("user=")
                .map(|(_, u)| u.split('&').next().unwrap_or(u).to_string());
            let user = param.or_else(|| {
                url[start.min(url.len())..]
                    .split(['/', '?', '#'])
                    .find(|s| !s.is_empty() && s.chars().any(|c| c.is_alphanumeric()))
                    .map(|u| u.trim_start_matches('@').to_string())
            });
            return Some(Profile {
                network: Some(network.to_string()),
                username: user,
                url: Some(url.to_string()),
                ..Profile::default()
            });
        }
    }
    None
}

/// Whether `url` is one member's own page on a known network: the member's name and
/// nothing after it (`github.com/ada`, not `github.com/ada/tide`, a project).
fn own_page(url: &str) -> Option<Profile> {
    let p = profile_of(url)?;
    let user = p.username.as_deref()?;
    let rest = url.trim_end_matches('/');
    (rest.ends_with(user) && !url.contains(['?', '#'])).then_some(p)
}

/// The profile a line links to when the line is nothing else: the address alone, or
/// a link whose text is the handle or the network's name.
fn lone_link(text: &str) -> Option<Profile> {
    let [u] = &urls(text)[..] else {
        return None;
    };
    let p = own_page(u)?;
    let shown = plain(text).replace(u.as_str(), "");
    let shown = shown.trim().trim_start_matches('@').trim_end_matches('/');
    let names = |s: Option<&str>| s.is_some_and(|s| s.eq_ignore_ascii_case(shown));
    (shown.is_empty() || names(p.username.as_deref()) || names(p.network.as_deref())).then_some(p)
}

/// `idxs` without the lines that link to the person's own page on a profile network,
/// which go to `basics.profiles` with the network's label line above them. A sidebar
/// sets such a link under whatever heading it stands nearest ("Programming"); the link
/// names the person wherever it stands, and in a list it is no skill or interest.
pub fn own_pages(
    lines: &[Line],
    idxs: &[usize],
    basics: &mut Basics,
    rec: &mut Recorder,
) -> Vec<usize> {
    let mut keep: Vec<usize> = Vec::with_capacity(idxs.len());
    for &i in idxs {
        let Some(p) = lone_link(&lines[i].text) else {
            keep.push(i);
            continue;
        };
        // "GitHub:" alone on the line above labels this link.
        if let Some(&j) = keep.last() {
            let label = lines[j].plain.trim().trim_end_matches(':').to_lowercase();
            if lines[j].plain.trim().ends_with(':')
                && p.network
                    .as_deref()
                    .is_some_and(|n| n.to_lowercase() == label)
            {
                keep.pop();
                rec.note(&lines[j], "basics.profiles");
            }
        }
        rec.note(&lines[i], "basics.profiles");
        if !basics.profiles.iter().any(|q| q.url == p.url) {
            basics.profiles.push(p);
        }
    }
    keep
}

/// "/in/name": LinkedIn's path for a member, written without its domain. The path is
/// LinkedIn's own form, so it names that network wherever it stands in a header.
pub fn linkedin_path(seg: &str) -> Option<Profile> {
    let seg = seg.trim().trim_start_matches('/');
    let user = seg.strip_prefix("in/")?.trim_end_matches('/');
    let ok = !user.is_empty()
        && user
            .chars()
            .all(|c| c.is_alphanumeric() || matches!(c, '-' | '_' | '.'));
    ok.then(|| Profile {
        network: Some("LinkedIn".into()),
        username: Some(user.to_string()),
        url: Some(format!("/in/{user}")),
        ..Profile::default()
    })
}

/// The usual spelling of a network named in a label.
pub fn canonical_network(label: &str) -> String {
    match label.to_lowercase().replace(' ', "").as_str() {
        "github" => "GitHub".into(),
        "gitlab" => "GitLab".into(),
        "linkedin" => "LinkedIn".into(),
        "twitter" => "Twitter".into(),
        "x" => "X".into(),
        "stackoverflow" => "Stack Overflow".into(),
        "googlescholar" => "Google Scholar".into(),
        "orcid" => "ORCID".into(),
        "huggingface" => "Hugging Face".into(),
        _ => {
            let mut c = label.chars();
            c.next()
                .map_or(String::new(), |f| f.to_uppercase().chain(c).collect())
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn urls_on_known_networks() {
        let p = profile_of("https://www.linkedin.com/in/nadia-ferreira/").unwrap();
        assert_eq!(p.network.as_deref(), Some("LinkedIn"));
        assert_eq!(p.username.as_deref(), Some("nadia-ferreira"));
        let p = profile_of("scholar.google.com/citations?user=Qx12AbC&hl=en").unwrap();
        assert_eq!(p.username.as_deref(), Some("Qx12AbC"));
        assert!(profile_of("nadia.dev").is_none());
        assert_eq!(canonical_network("stack overflow"), "Stack Overflow");
        assert!(HANDLE.is_match("GitHub: nferreira"));
    }

    fn lines_of(texts: &[&str]) -> Vec<Line> {
        texts
            .iter()
            .enumerate()
            .map(|(k, t)| Line {
                no: k + 1,
                text: t.to_string(),
                plain: plain(t),
                ..Line::default()
            })
            .collect()
    }

    #[test]
    fn a_link_to_ones_own_page_in_a_list_is_a_profile() {
        let lines = lines_of(&[
            "Rust, Go",
            "GitHub:",
            "[@tidewright](https://github.com/tidewright/)",
            "[Tide atlas](https://github.com/tidewright/atlas)",
        ]);
        let (mut basics, mut rec) = (Basics::default(), Recorder::default());
        let left = own_pages(&lines, &[0, 1, 2, 3], &mut basics, &mut rec);
        // A repository is a project's page, not the person's.
        assert_eq!(left, vec![0, 3]);
        assert_eq!(basics.profiles.len(), 1);
        assert_eq!(basics.profiles[0].username.as_deref(), Some("tidewright"));
        assert_eq!(basics.profiles[0].network.as_deref(), Some("GitHub"));
    }

    #[test]
    fn linkedin_paths_without_their_domain() {
        let p = linkedin_path("/in/ana-tide").unwrap();
        assert_eq!(p.network.as_deref(), Some("LinkedIn"));
        assert_eq!(p.username.as_deref(), Some("ana-tide"));
        assert_eq!(p.url.as_deref(), Some("/in/ana-tide"));
        assert!(linkedin_path("/in/").is_none());
        assert_eq!(linkedin_path("in/ana-tide"), linkedin_path("/in/ana-tide/"));
        assert!(linkedin_path("in/ana tide").is_none());
        assert!(linkedin_path("/docs/ana").is_none());
    }
}
