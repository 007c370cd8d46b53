//! The schema.org `Person` of a person page, as JSON-LD for search engines.
//!
//! It is made only from `person.resume`, which the build has already redacted for
//! the web (contact details hidden there, an obfuscated e-mail, private keys are
//! gone), so it cannot say more than the page's data. The JSON is made safe to sit inside
//! `<script>`: `<`, `>` and `&` are written as `\u003c` … so a name containing
//! `</script>` cannot end the element early.

use serde_json::{json, Map, Value};

use super::markdown::Markdown;
use super::urls::safe_url;
use super::{PageVars, PersonVars};

/// The JSON-LD text for `person` on `page` (ready to put between `<script>` tags).
pub fn person_json_ld(person: &PersonVars, page: &PageVars, markdown: &Markdown) -> String {
    let r = &person.resume;
    let b = &r.basics;
    let mut o = Map::new();
    o.insert("@context".into(), json!("https://schema.org"));
    o.insert("@type".into(), json!("Person"));
    o.insert("name".into(), json!(person.name));
    let mut put = |key: &str, v: Option<Value>| {
        if let Some(v) = v {
            o.insert(key.into(), v);
        }
    };
    put("jobTitle", text(b.label.as_deref()));
    put(
        "description",
        text(b.summary.as_deref().map(|s| markdown.plain(s)).as_deref()),
    );
    put("url", page.canonical.clone().map(Value::String));
    if let (Some(canonical), Some(photo)) = (&page.canonical, &person.photo) {
        put("image", Some(json!(format!("{canonical}{photo}"))));
    }
    put("email", text(b.email.as_deref()));
    put("telephone", text(b.phone.as_deref()));
    if let Some(loc) = &b.location {
        let mut a = Map::new();
        a.insert("@type".into(), json!("PostalAddress"));
        let mut field = |k: &str, v: Option<&str>| {
            if let Some(v) = text(v) {
                a.insert(k.into(), v);
            }
        };
        field("streetAddress", loc.address.as_deref());
        field("postalCode", loc.postal_code.as_deref());
        field("addressLocality", loc.city.as_deref());
        field("addressRegion", loc.region.as_deref());
        field("addressCountry", loc.country_code.as_deref());
        if a.len() > 1 {
            put("address", Some(Value::Object(a)));
        }
    }
    let same_as: Vec<Value> = b
        .url
        .iter()
        .chain(b.profiles.iter().filter_map(|p| p.url.as_ref()))
        .map(|u| safe_url(u))
        .filter(|u| u.starts_with("http"))
        .map(Value::String)
        .collect();
    if !same_as.is_empty() {
        put("sameAs", Some(Value::Array(same_as)));
    }
    let current: Vec<Value> = r
        .work
        .iter()
        .filter(|w| w.end_date.as_deref().map_or(true, |e| e.trim().is_empty()))
        .filter_map(|w| text(w.name.as_deref()))
        .map(|name| json!({"@type": "Organization", "name": name}))
        .collect();
    if !current.is_empty() {
        put("worksFor", Some(Value::Array(current)));
    }
    let alumni: Vec<Value> = r
        .education
        .iter()
        .filter_map(|e| text(e.institution.as_deref()))
        .map(|name| json!({"@type": "EducationalOrganization", "name": name}))
        .collect();
    if !alumni.is_empty() {
        put("alumniOf", Some(Value::Array(alumni)));
    }
    let languages: Vec<Value> = r
        .languages
        .iter()
        .filter_map(|l| text(l.language.as_deref()))
        .collect();
    if !languages.is_empty() {
        put("knowsLanguage", Some(Value::Array(languages)));
    }
    let skills: Vec<Value> = r
        .skills
        .iter()
        .flat_map(|s| {
            s.keywords
                .iter()
                .map(String::as_str)
                .chain(s.name.as_deref())
        })
        .filter_map(|k| text(Some(k)))
        .collect();
    if !skills.is_empty() {
        put("knowsAbout", Some(Value::Array(skills)));
    }
    script_safe(&Value::Object(o))
}

fn text(s: Option<&str>) -> Option<Value> {
    s.map(str::trim)
        .filter(|s| !s.is_empty())
        .map(|s| Value::String(s.to_string()))
}

/// JSON that cannot close or confuse the `<script>` element it sits in.
fn script_safe(v: &Value) -> String {
    let s = serde_json::to_string(v).unwrap_or_else(|_| "{}".into());
    // Most pages have none of the three: the text is then returned as it is.
    if memchr::memchr3(b'<', b'>', b'&', s.as_bytes()).is_none() {
        return s;
    }
    s.replace('<', "\\u003c")
        .replace('>', "\\u003e")
        .replace('&', "\\u0026")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Paper;
    use crate::model::{Medium, Privacy, Resume};

    /// The person as the build gives them: the résumé redacted for the web.
    fn person(resume: Resume, privacy: Privacy) -> PersonVars {
        let resume = resume.redacted(&privacy, Medium::Web);
        PersonVars {
            slug: "ada".into(),
            name: resume.display_name().into(),
            contacts: Vec::new(),
            sections: Vec::new(),
            photo: Some("photo.jpg".into()),
            pdf: None,
            print_pdf: None,
            json: "resume.json".into(),
            privacy,
            resume,
        }
    }

    fn page() -> PageVars {
        PageVars {
            kind: "person".into(),
            root: "../".into(),
            home: "../index.html".into(),
            path: "ada/".into(),
            canonical: Some("https://x.example/ada/".into()),
            theme_static: "../themes/classic/".into(),
            paper: Paper::A4,
            paper_css: "A4".into(),
        }
    }

    fn resume(json: &str) -> Resume {
        serde_json::from_str(json).unwrap()
    }

    #[test]
    fn script_end_tags_cannot_break_out() {
        let r = resume(r#"{"basics":{"name":"</script><script>alert(1)</script>"}}"#);
        let out = person_json_ld(&person(r, Privacy::default()), &page(), &Markdown::new());
        assert!(!out.contains('<') && !out.contains('>'), "{out}");
        let back: Value = serde_json::from_str(&out).unwrap();
        assert_eq!(back["name"], "</script><script>alert(1)</script>");
    }

    #[test]
    fn says_no_more_than_the_web_data() {
        let r = resume(
            r#"{"basics":{"name":"Ada","email":"ada@x.example","phone":"+1 555 0100",
                "location":{"address":"1 Road","city":"Oslo","countryCode":"NO"},
                "profiles":[{"network":"X","url":"javascript:alert(1)"},{"network":"GitHub","url":"https://github.com/ada"}]},
                "work":[{"name":"Acme","startDate":"2020"}]}"#,
        );
        let mut privacy = Privacy::default();
        privacy.web.phone = false;
        privacy.web.address = false;
        let v: Value = serde_json::from_str(&person_json_ld(
            &person(r.clone(), privacy.clone()),
            &page(),
            &Markdown::new(),
        ))
        .unwrap();
        assert_eq!(v["email"], "ada@x.example");
        assert!(v.get("telephone").is_none());
        assert!(v["address"].get("streetAddress").is_none());
        assert_eq!(v["address"]["addressLocality"], "Oslo");
        assert_eq!(v["sameAs"], json!(["https://github.com/ada"]));
        assert_eq!(v["worksFor"][0]["name"], "Acme");
        assert_eq!(v["image"], "https://x.example/ada/photo.jpg");

        privacy.obfuscate_email = true;
        let out = person_json_ld(&person(r, privacy), &page(), &Markdown::new());
        assert!(
            !out.contains("ada@x.example"),
            "an obfuscated e-mail stays out"
        );
    }
}
