//! The words a theme prints around the résumé ("Experience", "Present", "Page not
//! found" …) in the languages vitae knows, picked by the site's `language`.
//!
//! Themes reach them through the `t(key=…)` template function. An unknown language
//! falls back to English; an unknown key is an error (a typo in a theme should fail
//! the build, not print nothing). Month names live in [`super::dates`].

/// A language vitae has words for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lang {
    En,
    De,
    Fr,
    Es,
    Pt,
    It,
    Nl,
    Sv,
    Zh,
}

impl Lang {
    /// The language of a BCP 47 tag (`de`, `pt-BR`, `zh_Hans`); English when unknown.
    pub fn from_tag(tag: &str) -> Lang {
        let primary = tag
            .split(['-', '_'])
            .next()
            .unwrap_or("")
            .trim()
            .to_ascii_lowercase();
        match primary.as_str() {
            "de" => Lang::De,
            "fr" => Lang::Fr,
            "es" => Lang::Es,
            "pt" => Lang::Pt,
            "it" => Lang::It,
            "nl" => Lang::Nl,
            "sv" => Lang::Sv,
            "zh" => Lang::Zh,
            _ => Lang::En,
        }
    }

    fn index(self) -> usize {
        self as usize
    }
}

/// The keys themes may ask for, and each one's word in every language, in the order
/// of [`Lang`]: en, de, fr, es, pt, it, nl, sv, zh.
#[rustfmt::skip]
const WORDS: &[(&str, [&str; 9])] = &[
    ("summary", ["Profile", "Profil", "Profil", "Perfil", "Perfil", "Profilo", "Profiel", "Profil", "简介"]),
    ("work", ["Experience", "Berufserfahrung", "Expérience professionnelle", "Experiencia", "Experiência", "Esperienza", "Werkervaring", "Arbetslivserfarenhet", "工作经历"]),
    ("volunteer", ["Volunteering", "Ehrenamt", "Bénévolat", "Voluntariado", "Voluntariado", "Volontariato", "Vrijwilligerswerk", "Ideellt arbete", "志愿经历"]),
    ("education", ["Education", "Ausbildung", "Formation", "Formación", "Formação", "Istruzione", "Opleiding", "Utbildning", "教育背景"]),
    ("projects", ["Projects", "Projekte", "Projets", "Proyectos", "Projetos", "Progetti", "Projecten", "Projekt", "项目"]),
    ("publications", ["Publications", "Publikationen", "Publications", "Publicaciones", "Publicações", "Pubblicazioni", "Publicaties", "Publikationer", "出版物"]),
    ("awards", ["Awards", "Auszeichnungen", "Distinctions", "Premios", "Prémios", "Premi", "Prijzen", "Utmärkelser", "荣誉奖项"]),
    ("certificates", ["Certificates", "Zertifikate", "Certifications", "Certificados", "Certificados", "Certificazioni", "Certificaten", "Certifikat", "证书"]),
    ("skills", ["Skills", "Kenntnisse", "Compétences", "Habilidades", "Competências", "Competenze", "Vaardigheden", "Kompetenser", "技能"]),
    ("languages", ["Languages", "Sprachen", "Langues", "Idiomas", "Idiomas", "Lingue", "Talen", "Språk", "语言"]),
    ("interests", ["Interests", "Interessen", "Centres d’intérêt", "Intereses", "Interesses", "Interessi", "Interesses", "Intressen", "兴趣"]),
    ("references", ["References", "Referenzen", "Références", "Referencias", "Referências", "Referenze", "Referenties", "Referenser", "推荐人"]),
    ("talks", ["Talks", "Vorträge", "Conférences", "Ponencias", "Palestras", "Interventi", "Lezingen", "Föredrag", "学术报告"]),
    ("teaching", ["Teaching", "Lehre", "Enseignement", "Docencia", "Docência", "Didattica", "Onderwijs", "Undervisning", "教学经历"]),
    ("contact", ["Contact", "Kontakt", "Contact", "Contacto", "Contacto", "Contatti", "Contact", "Kontakt", "联系方式"]),
    ("present", ["Present", "heute", "aujourd’hui", "actualidad", "atual", "oggi", "heden", "nu", "至今"]),
    ("courses", ["Courses", "Kurse", "Cours", "Cursos", "Disciplinas", "Corsi", "Vakken", "Kurser", "课程"]),
    ("honors", ["Honors", "Auszeichnungen", "Distinctions", "Distinciones", "Distinções", "Riconoscimenti", "Onderscheidingen", "Utmärkelser", "荣誉"]),
    ("score", ["Grade", "Note", "Mention", "Calificación", "Nota", "Voto", "Cijfer", "Betyg", "成绩"]),
    ("keywords", ["Technologies", "Technologien", "Technologies", "Tecnologías", "Tecnologias", "Tecnologie", "Technologieën", "Tekniker", "技术"]),
    ("people", ["People", "Personen", "Personnes", "Personas", "Pessoas", "Persone", "Mensen", "Personer", "成员"]),
    ("all_people", ["All people", "Alle Personen", "Toutes les personnes", "Todas las personas", "Todas as pessoas", "Tutte le persone", "Alle mensen", "Alla personer", "全部成员"]),
    ("navigation", ["Site navigation", "Navigation", "Navigation", "Navegación", "Navegação", "Navigazione", "Navigatie", "Navigering", "网站导航"]),
    ("skip", ["Skip to content", "Zum Inhalt", "Aller au contenu", "Ir al contenido", "Ir para o conteúdo", "Vai al contenuto", "Naar de inhoud", "Till innehållet", "跳到正文"]),
    ("photo_of", ["Photo of", "Foto von", "Photo de", "Foto de", "Foto de", "Foto di", "Foto van", "Foto på", "照片："]),
    ("resume_json", ["Résumé as JSON", "Lebenslauf als JSON", "CV au format JSON", "CV en JSON", "Currículo em JSON", "CV in JSON", "Cv als JSON", "CV som JSON", "JSON 格式简历"]),
    ("resume_pdf", ["Résumé as PDF", "Lebenslauf als PDF", "CV au format PDF", "CV en PDF", "Currículo em PDF", "CV in PDF", "Cv als PDF", "CV som PDF", "PDF 格式简历"]),
    ("download_pdf", ["Download PDF", "PDF herunterladen", "Télécharger le PDF", "Descargar PDF", "Baixar PDF", "Scarica il PDF", "Pdf downloaden", "Ladda ner PDF", "下载 PDF"]),
    ("print_hint", ["Print this page for a PDF", "Diese Seite drucken ergibt ein PDF", "Imprimez cette page pour un PDF", "Imprima esta página para obtener un PDF", "Imprima esta página para obter um PDF", "Stampa questa pagina per un PDF", "Druk deze pagina af voor een pdf", "Skriv ut sidan för en PDF", "打印本页即可得到 PDF"]),
    ("not_found", ["Page not found", "Seite nicht gefunden", "Page introuvable", "Página no encontrada", "Página não encontrada", "Pagina non trovata", "Pagina niet gevonden", "Sidan hittades inte", "页面不存在"]),
    ("not_found_text", ["There is nothing at this address. It may have moved, or the link may be mistyped.", "Unter dieser Adresse gibt es nichts. Vielleicht wurde die Seite verschoben oder der Link ist falsch.", "Il n’y a rien à cette adresse. La page a peut-être été déplacée, ou le lien est erroné.", "No hay nada en esta dirección. Puede que la página se haya movido o que el enlace esté mal escrito.", "Não há nada neste endereço. A página pode ter mudado de lugar ou o link pode estar errado.", "Non c’è nulla a questo indirizzo. La pagina potrebbe essere stata spostata o il link è errato.", "Op dit adres staat niets. De pagina is misschien verplaatst of de link klopt niet.", "Det finns inget på den här adressen. Sidan kan ha flyttats eller länken vara felskriven.", "此地址没有内容。页面可能已移动，或链接有误。"]),
    ("home", ["Back to the start page", "Zur Startseite", "Retour à l’accueil", "Volver al inicio", "Voltar ao início", "Torna all’inizio", "Terug naar de startpagina", "Till startsidan", "返回首页"]),
    ("built_with", ["Built with", "Erstellt mit", "Créé avec", "Hecho con", "Feito com", "Creato con", "Gemaakt met", "Skapad med", "构建工具："]),
];

/// The word for `key` in `lang`, or `None` for a key vitae does not know.
pub fn word(lang: Lang, key: &str) -> Option<&'static str> {
    WORDS
        .iter()
        .find(|(k, _)| *k == key)
        .map(|(_, words)| words[lang.index()])
}

/// Every key [`word`] knows, for error messages.
pub fn keys() -> impl Iterator<Item = &'static str> {
    WORDS.iter().map(|(k, _)| *k)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_pick_the_primary_language() {
        assert_eq!(Lang::from_tag("de"), Lang::De);
        assert_eq!(Lang::from_tag("pt-BR"), Lang::Pt);
        assert_eq!(Lang::from_tag("zh_Hans"), Lang::Zh);
        assert_eq!(Lang::from_tag("SV"), Lang::Sv);
        assert_eq!(
            Lang::from_tag("tlh"),
            Lang::En,
            "unknown falls back to English"
        );
        assert_eq!(Lang::from_tag(""), Lang::En);
    }

    #[test]
    fn words_per_language() {
        assert_eq!(word(Lang::En, "work"), Some("Experience"));
        assert_eq!(word(Lang::De, "education"), Some("Ausbildung"));
        assert_eq!(word(Lang::Zh, "present"), Some("至今"));
        assert_eq!(word(Lang::Fr, "nonsense"), None);
    }

    #[test]
    fn every_section_has_a_heading() {
        for s in crate::model::SECTION_ORDER {
            assert!(word(Lang::En, s).is_some(), "{s}");
        }
        for (key, words) in WORDS {
            assert!(words.iter().all(|w| !w.is_empty()), "{key}");
        }
    }
}
