//! `sitemap.xml` and `robots.txt` at the site root. A sitemap needs absolute URLs,
//! so without a `base_url` it lists none and robots.txt does not point to it.

/// The sitemap for the given page paths (`""`, `"ada/"` …) under `base_url`.
pub fn sitemap(base_url: &str, paths: &[String]) -> String {
    let mut out = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n",
    );
    if !base_url.is_empty() {
        for p in paths {
            out.push_str("  <url><loc>");
            out.push_str(&xml_escape(&format!("{base_url}{p}")));
            out.push_str("</loc></url>\n");
        }
    }
    out.push_str("</urlset>\n");
    out
}

pub fn robots(base_url: &str) -> String {
    let mut out = String::from("User-agent: *\nAllow: /\n");
    if !base_url.is_empty() {
        out.push_str(&format!("Sitemap: {base_url}sitemap.xml\n"));
    }
    out
}

fn xml_escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_absolute_urls() {
        let s = sitemap("https://x.org/", &["".into(), "ada/".into()]);
        assert!(s.contains("<loc>https://x.org/</loc>"));
        assert!(s.contains("<loc>https://x.org/ada/</loc>"));
        assert!(robots("https://x.org/").contains("Sitemap: https://x.org/sitemap.xml"));
        assert!(!sitemap("", &["ada/".into()]).contains("<loc>"));
    }
}
