//! Places, technologies and spoken languages: word lists that tell a location from an
//! organisation and a "Languages" list from programming languages.
//!
//! Takes one word or short phrase; gives whether it is a US state, a country, a large
//! city, a technology or a spoken language. Case-insensitive; general lists, never
//! about particular people. Job-title and degree words are in `vocab` itself.

use super::{contains, norm, set, HashSet};
use std::sync::LazyLock;

#[rustfmt::skip]
static US_STATES: LazyLock<HashSet<&str>> = LazyLock::new(|| {
    set(&[
        "al", "ak", "az", "ar", "ca", "co", "ct", "de", "fl", "ga", "hi", "id", "il", "in",
        "ia", "ks", "ky", "la", "me", "md", "ma", "mi", "mn", "ms", "mo", "mt", "ne", "nv",
        "nh", "nj", "nm", "ny", "nc", "nd", "oh", "ok", "or", "pa", "ri", "sc", "sd", "tn",
        "tx", "ut", "vt", "va", "wa", "wv", "wi", "wy", "dc", "on", "bc", "qc", "ab", "mb",
        "ns", "nb", "nl", "pe", "sk", "nsw", "vic", "qld", "act", "alabama", "alaska",
        "arizona", "arkansas", "california", "colorado", "connecticut", "delaware", "florida",
        "georgia", "hawaii", "idaho", "illinois", "indiana", "iowa", "kansas", "kentucky",
        "louisiana", "maine", "maryland", "massachusetts", "michigan", "minnesota",
        "mississippi", "missouri", "montana", "nebraska", "nevada", "new hampshire",
        "new jersey", "new mexico", "new york", "north carolina", "north dakota", "ohio",
        "oklahoma", "oregon", "pennsylvania", "rhode island", "south carolina", "south dakota",
        "tennessee", "texas", "utah", "vermont", "virginia", "washington", "west virginia",
        "wisconsin", "wyoming", "ontario", "quebec", "british columbia", "alberta", "bavaria",
        "bayern", "catalonia", "scotland", "wales", "england", "northern ireland",
        "andhra pradesh", "assam", "bihar", "goa", "gujarat", "haryana", "karnataka", "kerala",
        "madhya pradesh", "maharashtra", "odisha", "punjab", "rajasthan", "tamil nadu",
        "telangana", "uttar pradesh", "west bengal", "new south wales", "victoria",
        "queensland", "tasmania", "western australia", "south australia", "nova scotia",
        "manitoba", "saskatchewan", "new brunswick", "hesse", "saxony", "lombardy", "tuscany",
        "andalusia", "île-de-france",
        // Chinese provinces, as addresses end with them ("Suzhou, Jiangsu").
        "jiangsu", "zhejiang", "guangdong", "fujian", "shandong", "sichuan", "hubei", "hunan",
        "henan", "hebei", "anhui", "jiangxi", "liaoning", "jilin", "heilongjiang", "shaanxi",
        "shanxi", "yunnan", "guizhou", "guangxi", "hainan", "gansu", "inner mongolia",
        "xinjiang", "ningxia", "qinghai",
    ])
});

#[rustfmt::skip]
static COUNTRIES: LazyLock<HashSet<&str>> = LazyLock::new(|| {
    set(&[
        "afghanistan", "albania", "algeria", "argentina", "armenia", "australia", "austria",
        "azerbaijan", "bahrain", "bangladesh", "belarus", "belgium", "bolivia", "bosnia",
        "brazil", "brasil", "bulgaria", "cambodia", "cameroon", "canada", "chile", "china",
        "prc", "colombia", "costa rica", "croatia", "cuba", "cyprus", "czechia",
        "czech republic", "denmark", "dominican republic", "ecuador", "egypt", "el salvador",
        "estonia", "ethiopia", "finland", "france", "georgia", "germany", "deutschland",
        "ghana", "greece", "guatemala", "honduras", "hong kong", "hungary", "iceland", "india",
        "indonesia", "iran", "iraq", "ireland", "israel", "italy", "italia", "jamaica",
        "japan", "jordan", "kazakhstan", "kenya", "korea", "south korea", "kuwait", "latvia",
        "lebanon", "lithuania", "luxembourg", "macau", "malaysia", "malta", "mexico", "méxico",
        "moldova", "mongolia", "montenegro", "morocco", "nepal", "netherlands",
        "the netherlands", "new zealand", "nicaragua", "nigeria", "north macedonia", "norway",
        "oman", "pakistan", "panama", "paraguay", "peru", "philippines", "poland", "portugal",
        "qatar", "romania", "russia", "rwanda", "saudi arabia", "senegal", "serbia",
        "singapore", "slovakia", "slovenia", "south africa", "spain", "españa", "sri lanka",
        "sweden", "switzerland", "syria", "taiwan", "tanzania", "thailand", "tunisia",
        "turkey", "türkiye", "uganda", "ukraine", "united arab emirates", "uae",
        "united kingdom", "uk", "u.k.", "united states", "usa", "u.s.a.", "us", "u.s.",
        "uruguay", "uzbekistan", "venezuela", "vietnam", "viet nam", "zambia", "zimbabwe",
        "republic of korea", "people's republic of china", "p.r. china", "pr china",
        "republic of ireland", "russian federation", "republic of singapore",
        "remote",
        // As the country's own language names it, in the languages the reader knows
        // ("Deutschland", "España", "Italia" above).
        "österreich", "schweiz", "suisse", "svizzera", "nederland", "belgië", "belgique",
        "sverige", "polska", "frankreich", "espanha", "norge", "danmark", "suomi",
        "república portuguesa", "polen", "schweden", "spanien", "italien", "niederlande",
    ])
});

/// Large cities that often stand alone on a résumé without their country.
#[rustfmt::skip]
static CITIES: LazyLock<HashSet<&str>> = LazyLock::new(|| {
    set(&[
        "new york", "new york city", "nyc", "san francisco", "los angeles", "seattle",
        "boston", "chicago", "austin", "denver", "atlanta", "houston", "dallas", "miami",
        "san jose", "san diego", "portland", "pittsburgh", "philadelphia", "toronto",
        "vancouver", "montreal", "london", "manchester", "edinburgh", "dublin", "paris",
        "berlin", "munich", "münchen", "hamburg", "frankfurt", "zurich", "zürich", "geneva",
        "vienna", "wien", "amsterdam", "rotterdam", "brussels", "copenhagen", "stockholm",
        "oslo", "helsinki", "madrid", "barcelona", "lisbon", "lisboa", "porto", "rome",
        "milan", "milano", "warsaw", "prague", "budapest", "athens", "istanbul", "tel aviv",
        "dubai", "bangalore", "bengaluru", "mumbai", "delhi", "new delhi", "hyderabad", "pune",
        "chennai", "beijing", "shanghai", "shenzhen", "hangzhou", "guangzhou", "chengdu",
        "hong kong", "taipei", "tokyo", "osaka", "kyoto", "seoul", "singapore", "sydney",
        "melbourne", "auckland", "são paulo", "sao paulo", "mexico city", "buenos aires",
        "bogotá", "bogota", "santiago", "lima", "cairo", "lagos", "nairobi", "cape town",
        "johannesburg", "redmond", "bellevue", "mountain view", "palo alto", "menlo park",
        "sunnyvale", "cupertino", "santa clara", "cambridge", "oxford",
    ])
});

/// Technologies that often appear in lists without other context.
#[rustfmt::skip]
static TECH: LazyLock<HashSet<&str>> = LazyLock::new(|| {
    set(&[
        "c", "c++", "c#", "go", "golang", "rust", "java", "kotlin", "scala", "python", "ruby",
        "php", "perl", "swift", "objective-c", "javascript", "typescript", "js", "ts", "sql",
        "nosql", "r", "matlab", "julia", "haskell", "clojure", "elixir", "erlang", "lua",
        "dart", "bash", "shell", "powershell", "html", "css", "sass", "react", "react.js",
        "vue", "vue.js", "angular", "svelte", "node", "node.js", "nodejs", "django", "flask",
        "fastapi", "spring", "rails", ".net", "dotnet", "express", "next.js", "graphql",
        "grpc", "rest", "kafka", "spark", "hadoop", "flink", "airflow", "dbt", "docker",
        "kubernetes", "k8s", "terraform", "ansible", "aws", "gcp", "azure", "linux", "unix",
        "git", "postgresql", "postgres", "mysql", "sqlite", "mongodb", "redis", "cassandra",
        "elasticsearch", "rabbitmq", "tensorflow", "pytorch", "keras", "pandas", "numpy",
        "llvm", "clang", "qemu", "kvm", "dpdk", "webkit", "figma", "sketch", "photoshop",
        "illustrator", "excel", "tableau", "jira", "jenkins", "protobuf", "thrift",
        "webassembly", "wasm", "opengl", "vulkan", "cuda", "unity", "unreal", "ros", "fpga",
        "verilog", "vhdl", "labview", "solidity", "latex", "vba", "sas", "spss", "stata",
        "hive", "presto", "snowflake", "bigquery", "redshift", "prometheus", "grafana",
        "nginx", "electron", "flutter", "xamarin", "ios", "android", "debezium", "cmake",
    ])
});

/// Spoken languages, for telling a "Languages" list from programming languages.
#[rustfmt::skip]
static SPOKEN: LazyLock<HashSet<&str>> = LazyLock::new(|| {
    set(&[
        "english", "spanish", "french", "german", "italian", "portuguese", "dutch", "swedish",
        "norwegian", "danish", "finnish", "icelandic", "polish", "czech", "slovak",
        "hungarian", "romanian", "bulgarian", "greek", "turkish", "russian", "ukrainian",
        "arabic", "hebrew", "persian", "farsi", "hindi", "urdu", "bengali", "punjabi", "tamil",
        "telugu", "marathi", "gujarati", "kannada", "malayalam", "chinese", "mandarin",
        "cantonese", "japanese", "korean", "vietnamese", "thai", "indonesian", "malay",
        "tagalog", "filipino", "swahili", "amharic", "yoruba", "igbo", "hausa", "zulu",
        "afrikaans", "catalan", "basque", "galician", "welsh", "irish", "estonian", "latvian",
        "lithuanian", "serbian", "croatian", "bosnian", "slovenian", "albanian", "macedonian",
        "armenian", "georgian", "kazakh", "uzbek", "mongolian", "nepali", "sinhala", "burmese",
        "khmer", "lao", "latin", "esperanto", "sign language", "asl", "bsl",
        // As German, French, Spanish and Portuguese CVs name them.
        "deutsch", "englisch", "französisch", "spanisch", "italienisch", "russisch",
        "polnisch", "türkisch", "chinesisch", "japanisch", "anglais", "français", "allemand",
        "espagnol", "italien", "portugais", "inglés", "español", "alemán", "francés",
        "italiano", "portugués", "inglês", "português", "alemão", "francês", "espanhol",
        "niederländisch", "portugiesisch", "schwedisch", "arabisch", "néerlandais", "russe",
        "arabe", "chinois", "polonais", "suédois", "ruso", "chino", "árabe", "catalán",
        "holandês", "russo",
        // As Italian, Dutch, Swedish and Polish CVs name them (Dutch "Frans" left out:
        // it is as often a given name).
        "inglese", "tedesco", "francese", "spagnolo", "portoghese", "cinese", "arabo",
        "nederlands", "engels", "duits", "spaans", "italiaans", "portugees", "svenska",
        "engelska", "tyska", "franska", "spanska", "italienska", "finska", "norska", "danska",
        "polski", "angielski", "niemiecki", "francuski", "hiszpański", "włoski", "rosyjski",
        "ukraiński",
    ])
});

pub fn is_state(s: &str) -> bool {
    contains(&US_STATES, s.trim_end_matches('.'))
}

pub fn is_country(s: &str) -> bool {
    contains(&COUNTRIES, s)
}

pub fn is_city(s: &str) -> bool {
    contains(&CITIES, s)
}

pub fn is_tech(s: &str) -> bool {
    contains(&TECH, s)
}

pub fn is_spoken_language(s: &str) -> bool {
    let w = norm(s);
    let first = w.split([' ', '(', '-', ':', ',']).next().unwrap_or("");
    SPOKEN.contains(w.as_str()) || SPOKEN.contains(first)
}
