//! Profiles on known networks: a URL on a network's domain (`github.com/name`,
//! `linkedin.com/in/name`) or a labelled handle ("GitHub: name"). A bare label ("Blog",
//! "[Link]") is no profile; that's for the caller to leave alone.

use std::sync::LazyLock;

use regex::Regex;

use crate::model::Profile;

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
