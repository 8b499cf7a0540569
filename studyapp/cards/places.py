"""Names of countries and country-like bodies, to tell a person from a place in distractors."""

COUNTRIES = frozenset(
    """Afghanistan Albania Algeria Andorra Angola Argentina Armenia Australia Austria Azerbaijan Bahamas Bahrain
    Bangladesh Barbados Belarus Belgium Belize Benin Bhutan Bolivia Bosnia Botswana Brazil Brunei Bulgaria Burkina
    Burundi Cambodia Cameroon Canada Chad Chile China Colombia Comoros Congo Croatia Cuba Cyprus Czechia Denmark
    Djibouti Dominica Ecuador Egypt Eritrea Estonia Eswatini Ethiopia Fiji Finland France Gabon Gambia Georgia
    Germany Ghana Greece Grenada Guatemala Guinea Guyana Haiti Honduras Hungary Iceland India Indonesia Iran Iraq
    Ireland Israel Italy Jamaica Japan Jordan Kazakhstan Kenya Kiribati Kosovo Kuwait Kyrgyzstan Laos Latvia Lebanon
    Lesotho Liberia Libya Liechtenstein Lithuania Luxembourg Madagascar Malawi Malaysia Maldives Mali Malta
    Mauritania Mauritius Mexico Micronesia Moldova Monaco Mongolia Montenegro Morocco Mozambique Myanmar Burma
    Namibia Nauru Nepal Netherlands Holland Nicaragua Niger Nigeria Norway Oman Pakistan Palau Palestine Panama
    Paraguay Peru Philippines Poland Portugal Qatar Romania Russia Rwanda Samoa Senegal Serbia Seychelles Singapore
    Slovakia Slovenia Somalia Spain Sudan Suriname Sweden Switzerland Syria Taiwan Tajikistan Tanzania Thailand Togo
    Tonga Tunisia Turkey Turkmenistan Tuvalu Uganda Ukraine Uruguay Uzbekistan Vanuatu Vatican Venezuela Vietnam
    Yemen Zambia Zimbabwe Britain England Scotland Wales Europe Africa Asia America""".split()
) | frozenset(
    {
        "North Korea", "South Korea", "United States", "United Kingdom", "United Arab Emirates", "Saudi Arabia",
        "New Zealand", "South Africa", "South Sudan", "Sri Lanka", "Costa Rica", "El Salvador", "Sierra Leone",
        "Ivory Coast", "Czech Republic", "Dominican Republic", "Central African Republic", "East Timor",
        "Papua New Guinea", "Solomon Islands", "Marshall Islands", "Cape Verde", "Equatorial Guinea",
        "North Macedonia", "Hong Kong", "Northern Ireland", "Great Britain", "European Union", "United Nations",
        "Middle East", "Latin America", "the US", "the UK", "the North", "the South", "the West",
    }
)  # fmt: skip
