//! Privacy: which contact details each medium shows, and whether a person's own data
//! (`meta`, `x-…` keys) is published at all — and [`Resume::redacted`], the one place
//! that applies those settings to a résumé.
//!
//! It takes a merged résumé and the person's [`Privacy`] and gives the résumé as one
//! medium may carry it. Whoever publishes (pages, `resume.json`, JSON-LD, `vitae show`)
//! works from that result, never from the merged résumé itself, so a template cannot
//! print what the person hid. Deciding *whose* settings apply (site or person) is the
//! build's job; the key table for `privacy` is here beside the types it describes.

use serde::{Deserialize, Serialize};

use super::keys::{is_custom_key, Field, Kind, Place};
use super::{Extra, Resume};

/// Which contact details are shown, separately for the web page and for print, and
/// which of a person's own keys are published.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Privacy {
    pub web: Visibility,
    pub print: Visibility,
    /// Write the e-mail on the web page in a form that address harvesters don't read.
    pub obfuscate_email: bool,
    pub publish: Publish,
}

/// Show or hide each kind of contact detail.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Visibility {
    pub email: bool,
    pub phone: bool,
    pub address: bool,
}

impl Default for Visibility {
    fn default() -> Self {
        Visibility {
            email: true,
            phone: true,
            address: true,
        }
    }
}

/// A person's own data beside the résumé, published only when they say so: notes kept
/// there are often meant for the person alone, and nothing in them says otherwise.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Publish {
    /// The résumé's `meta` (canonical, version, lastModified and anything else there).
    pub meta: bool,
    /// Keys starting with `x-`, wherever they are.
    pub extensions: bool,
}

/// Where a résumé is shown: the web page and the files beside it, or print.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Medium {
    /// The page's data, `resume.json`, JSON-LD.
    Web,
    /// A printed or PDF copy.
    Print,
}

/// The keys of `privacy` (in `site.yaml` and in a person's overrides).
pub static PRIVACY: Place = Place {
    context: "`privacy`",
    fields: &[
        Field::new("web", Kind::Object(&PRIVACY_WEB)),
        Field::new("print", Kind::Object(&PRIVACY_PRINT)),
        Field::new("obfuscate_email", Kind::Flag),
        Field::new("publish", Kind::Object(&PRIVACY_PUBLISH)),
    ],
    open: false,
};

const VISIBILITY: &[Field] = &[
    Field::new("email", Kind::Flag),
    Field::new("phone", Kind::Flag),
    Field::new("address", Kind::Flag),
];

static PRIVACY_WEB: Place = Place {
    context: "`privacy.web`",
    fields: VISIBILITY,
    open: false,
};

static PRIVACY_PRINT: Place = Place {
    context: "`privacy.print`",
    fields: VISIBILITY,
    open: false,
};

static PRIVACY_PUBLISH: Place = Place {
    context: "`privacy.publish`",
    fields: &[
        Field::new("meta", Kind::Flag),
        Field::new("extensions", Kind::Flag),
    ],
    open: false,
};

impl Privacy {
    /// The contact details `medium` shows. On the web an obfuscated e-mail counts as
    /// hidden: only the page's own obfuscated form may carry it.
    pub fn shows(&self, medium: Medium) -> Visibility {
        match medium {
            Medium::Web => Visibility {
                email: self.web.email && !self.obfuscate_email,
                ..self.web
            },
            Medium::Print => self.print,
        }
    }
}

impl Resume {
    /// The résumé as `medium` may publish it: contact details it hides are gone (a
    /// hidden address takes its postal code along), and so are `meta` and `x-…` keys
    /// unless `privacy.publish` lets them through.
    pub fn redacted(&self, privacy: &Privacy, medium: Medium) -> Resume {
        let shows = privacy.shows(medium);
        let mut r = self.clone();
        let b = &mut r.basics;
        if !shows.email {
            b.email = None;
        }
        if !shows.phone {
            b.phone = None;
        }
        if !shows.address {
            if let Some(loc) = b.location.as_mut() {
                loc.address = None;
                loc.postal_code = None;
            }
        }
        if !privacy.publish.meta {
            r.meta = None;
        }
        if !privacy.publish.extensions {
            r.drop_custom_keys();
        }
        r
    }

    /// Removes every `x-…` key, at any depth.
    fn drop_custom_keys(&mut self) {
        let b = &mut self.basics;
        drop_custom(&mut b.extra);
        if let Some(loc) = b.location.as_mut() {
            drop_custom(&mut loc.extra);
        }
        b.profiles
            .iter_mut()
            .for_each(|p| drop_custom(&mut p.extra));
        fn each<T>(list: &mut [T], extra: fn(&mut T) -> &mut Extra) {
            list.iter_mut().for_each(|e| drop_custom(extra(e)));
        }
        each(&mut self.work, |e| &mut e.extra);
        each(&mut self.volunteer, |e| &mut e.extra);
        each(&mut self.education, |e| &mut e.extra);
        each(&mut self.awards, |e| &mut e.extra);
        each(&mut self.certificates, |e| &mut e.extra);
        each(&mut self.publications, |e| &mut e.extra);
        each(&mut self.skills, |e| &mut e.extra);
        each(&mut self.languages, |e| &mut e.extra);
        each(&mut self.interests, |e| &mut e.extra);
        each(&mut self.references, |e| &mut e.extra);
        each(&mut self.projects, |e| &mut e.extra);
        if let Some(meta) = self.meta.as_mut() {
            drop_custom(&mut meta.extra);
        }
        drop_custom(&mut self.extra);
    }
}

/// Drops `x-…` keys from a map of unknown keys, and from the maps inside its values.
fn drop_custom(extra: &mut Extra) {
    extra.retain(|k, _| !is_custom_key(k));
    extra.values_mut().for_each(drop_custom_in);
}

fn drop_custom_in(v: &mut serde_json::Value) {
    use serde_json::Value;
    match v {
        Value::Object(map) => {
            map.retain(|k, _| !is_custom_key(k));
            map.values_mut().for_each(drop_custom_in);
        }
        Value::Array(items) => items.iter_mut().for_each(drop_custom_in),
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::{json, Value};

    fn sample() -> Resume {
        serde_json::from_value(json!({
            "basics": {"name": "Ada", "email": "ada@x.example", "phone": "+1 555 0100",
                       "location": {"address": "1 Road", "postalCode": "0150", "city": "Oslo", "x-door": "blue"},
                       "profiles": [{"network": "GitHub", "url": "https://github.com/ada", "x-note": "n"}],
                       "pronouns": "she/her", "x-salary": "lots"},
            "work": [{"name": "Acme", "x-why-left": "boss", "team": {"name": "Core", "x-size": 3}}],
            "education": [{"institution": "Uni", "x-gpa-real": "2.1"}],
            "meta": {"version": "v1", "x-inner": 1},
            "talks": [{"name": "T", "x-fee": 100}],
            "x-private-note": "salary expectation"
        }))
        .unwrap()
    }

    fn text(r: &Resume) -> String {
        serde_json::to_string(r).unwrap()
    }

    #[test]
    fn web_hides_what_the_web_hides_and_print_what_print_hides() {
        let mut p = Privacy::default();
        p.web.phone = false;
        p.web.address = false;
        p.print.email = false;
        let web = sample().redacted(&p, Medium::Web);
        assert_eq!(web.basics.phone, None);
        let loc = web.basics.location.as_ref().unwrap();
        assert_eq!(
            (loc.address.as_deref(), loc.postal_code.as_deref()),
            (None, None)
        );
        assert_eq!(loc.city.as_deref(), Some("Oslo"));
        assert_eq!(web.basics.email.as_deref(), Some("ada@x.example"));
        let print = sample().redacted(&p, Medium::Print);
        assert_eq!(print.basics.email, None);
        assert_eq!(print.basics.phone.as_deref(), Some("+1 555 0100"));
        assert!(print.basics.location.unwrap().address.is_some());
    }

    #[test]
    fn an_obfuscated_email_is_off_the_web_data_but_not_off_print() {
        let p = Privacy {
            obfuscate_email: true,
            ..Privacy::default()
        };
        assert_eq!(sample().redacted(&p, Medium::Web).basics.email, None);
        assert!(sample().redacted(&p, Medium::Print).basics.email.is_some());
    }

    #[test]
    fn own_keys_are_private_unless_published() {
        let r = sample().redacted(&Privacy::default(), Medium::Web);
        let out = text(&r);
        assert!(!out.contains("x-"), "{out}");
        assert!(r.meta.is_none());
        // Unknown keys that are not the person's own stay: themes may show them.
        assert_eq!(r.basics.extra["pronouns"], "she/her");
        assert_eq!(r.work[0].extra["team"], json!({"name": "Core"}));
        assert_eq!(r.extra["talks"], json!([{"name": "T"}]));

        let mut p = Privacy::default();
        p.publish.meta = true;
        let r = sample().redacted(&p, Medium::Web);
        assert_eq!(r.meta.as_ref().unwrap().version.as_deref(), Some("v1"));
        assert!(!text(&r).contains("x-"));

        p.publish.extensions = true;
        let r = sample().redacted(&p, Medium::Print);
        let all: Value = serde_json::to_value(sample()).unwrap();
        assert_eq!(
            serde_json::to_value(&r).unwrap(),
            all,
            "everything published"
        );
    }

    #[test]
    fn key_table_fits_the_type() {
        fn filled(place: &Place) -> Value {
            Value::Object(
                place
                    .fields
                    .iter()
                    .map(|f| {
                        let v = match f.kind {
                            Kind::Object(inner) => filled(inner),
                            _ => json!(false),
                        };
                        (f.key.to_string(), v)
                    })
                    .collect(),
            )
        }
        let doc = filled(&PRIVACY);
        let p: Privacy = serde_json::from_value(doc.clone()).expect("every key is a field");
        assert_eq!(
            serde_json::to_value(p).unwrap(),
            doc,
            "every field is a key"
        );
    }
}
