"""Facts the three campaigns publish: each answers a myth beside it, or stands as a figure.

The figures are those the campaigns' press releases give (see the product brief), with the
sources they name, translated, and the date of each figure. A fact's myth is None when it
answers none; such facts are listed after the myths.
"""

# The regional platform, the source of the regional figures.
R4V = {
    "es": "R4V, Plataforma de Coordinación Interagencial para Refugiados y Migrantes de Venezuela",
    "en": "R4V, Inter-Agency Coordination Platform for Refugees and Migrants from Venezuela",
    "pt": "R4V, Plataforma de Coordenação Interagencial para Refugiados e Migrantes da Venezuela",
    "pap": "R4V, Plataforma di Koordinashon Interagensial pa Refugiado i Migrante di Venezuela",
}

FACTS = [
    {
        "key": "cl-venezuelans-2020",
        "campaign": "somos-encuentro",
        "position": 1,
        "myth": {
            "es": "Solo están de paso.",
            "en": "They are only passing through.",
            "pt": "Eles estão só de passagem.",
            "pap": "Nan no ta keda; nan ta djis pasa bai.",
        },
        "statement": {
            "es": "Más de 448.000 personas venezolanas residían en Chile en diciembre de 2020.",
            "en": "More than 448,000 Venezuelans were living in Chile in December 2020.",
            "pt": "Mais de 448.000 venezuelanos residiam no Chile em dezembro de 2020.",
            "pap": "Na desèmber 2020, mas ku 448.000 venezolano tabata biba na Chile.",
        },
        "figure": {
            "es": "Más de 448.000 personas",
            "en": "More than 448,000 people",
            "pt": "Mais de 448.000 pessoas",
            "pap": "Mas ku 448.000 hende",
        },
        "source_name": {
            "es": "INE y Servicio Nacional de Migraciones (ex DEM), Chile",
            "en": "INE and National Migration Service (formerly DEM), Chile",
            "pt": "INE e Serviço Nacional de Migrações (antigo DEM), Chile",
            "pap": "INE i Servisio Nashonal di Migrashon (anteriormente DEM), Chile",
        },
        "source_url": "https://www.ine.gob.cl/",
        "figure_date": "2020-12-31",
    },
    {
        "key": "cl-fourth-host-country",
        "campaign": "somos-encuentro",
        "position": 2,
        "myth": {
            "es": "Chile recibe a más personas venezolanas que ningún otro país.",
            "en": "Chile takes in more Venezuelans than any other country.",
            "pt": "O Chile recebe mais venezuelanos do que qualquer outro país.",
            "pap": "Chile ta risibí mas venezolano ku kualke otro pais.",
        },
        "statement": {
            "es": (
                "Chile es el cuarto país de acogida de personas refugiadas y migrantes de "
                "Venezuela en la región."
            ),
            "en": (
                "Chile is the fourth-largest host country for refugees and migrants from Venezuela"
                " in the region."
            ),
            "pt": (
                "O Chile é o quarto país da região que mais acolhe refugiados e migrantes da "
                "Venezuela."
            ),
            "pap": (
                "Chile ta e di kuater pais den region ku ta risibí mas refugiado i migrante for di"
                " Venezuela."
            ),
        },
        "figure": {
            "es": "4.º país de acogida de la región",
            "en": "4th host country in the region",
            "pt": "4º país de acolhida da região",
            "pap": "Di 4 pais di akogida den region",
        },
        "source_name": {
            "es": "Estimaciones de población de la Plataforma R4V",
            "en": "R4V population estimates",
            "pt": "Estimativas populacionais da Plataforma R4V",
            "pap": "Estimashon di poblashon di e plataforma R4V",
        },
        "source_url": "https://www.r4v.info/",
        "figure_date": "2020-12-31",
    },
    {
        "key": "pe-refugee-status-claims",
        "campaign": "tu-causa-es-mi-causa",
        "position": 1,
        "myth": {
            "es": "Solo vienen a buscar trabajo.",
            "en": "They only come looking for work.",
            "pt": "Eles só vêm procurar trabalho.",
            "pap": "Nan ta bin djis pa buska trabou.",
        },
        "statement": {
            "es": (
                "Más de 150.000 personas venezolanas han solicitado la condición de refugiado en "
                "el Perú."
            ),
            "en": "More than 150,000 Venezuelans have applied for refugee status in Peru.",
            "pt": (
                "Mais de 150.000 venezuelanos pediram reconhecimento da condição de refugiado no "
                "Peru."
            ),
            "pap": "Mas ku 150.000 venezolano a pidi status di refugiado na Perú.",
        },
        "figure": {
            "es": "Más de 150.000 personas",
            "en": "More than 150,000 people",
            "pt": "Mais de 150.000 pessoas",
            "pap": "Mas ku 150.000 hende",
        },
        "source_name": {
            "es": "ACNUR, la Agencia de la ONU para los Refugiados",
            "en": "UNHCR, the UN Refugee Agency",
            "pt": "ACNUR, a Agência da ONU para Refugiados",
            "pap": "ACNUR, e agensia di ONU pa refugiado",
        },
        "source_url": "https://www.acnur.org/",
        "figure_date": "2019-10-13",
    },
    {
        "key": "pe-ptp-regularised",
        "campaign": "tu-causa-es-mi-causa",
        "position": 2,
        "myth": {
            "es": "Todos están en situación irregular.",
            "en": "They are all undocumented.",
            "pt": "Todos estão em situação irregular.",
            "pap": "Nan tur ta sin papel.",
        },
        "statement": {
            "es": (
                "Entre 2017 y 2018, 108.000 personas venezolanas regularizaron su situación en el "
                "Perú con el Permiso Temporal de Permanencia (PTP)."
            ),
            "en": (
                "Between 2017 and 2018, 108,000 Venezuelans regularised their status in Peru "
                "through the Temporary Residence Permit (PTP)."
            ),
            "pt": (
                "Entre 2017 e 2018, 108.000 venezuelanos regularizaram sua situação no Peru com a "
                "Permissão Temporária de Permanência (PTP)."
            ),
            "pap": (
                "Entre 2017 i 2018, 108.000 venezolano a regularisá nan situashon na Perú ku e "
                "Permiso Temporal di Permanensia (PTP)."
            ),
        },
        "figure": {
            "es": "108.000 personas regularizadas",
            "en": "108,000 people regularised",
            "pt": "108.000 pessoas regularizadas",
            "pap": "108.000 hende regularisá",
        },
        "source_name": {
            "es": "OIM, la Organización Internacional para las Migraciones",
            "en": "IOM, the International Organization for Migration",
            "pt": "OIM, a Organização Internacional para as Migrações",
            "pap": "OIM, e Organisashon Internashonal pa Migrashon",
        },
        "source_url": "https://www.iom.int/",
        "figure_date": "2018-12-31",
    },
    {
        "key": "pe-witnessed-discrimination",
        "campaign": "tu-causa-es-mi-causa",
        "position": 3,
        "myth": {
            "es": "Aquí no hay discriminación.",
            "en": "There is no discrimination here.",
            "pt": "Aqui não existe discriminação.",
            "pap": "Aki no tin diskriminashon.",
        },
        "statement": {
            "es": (
                "En una encuesta de IPSOS para ACNUR a 810 personas, uno de cada dos peruanos de "
                "Lima, Tumbes y Tacna dijo haber presenciado actos de discriminación contra "
                "personas venezolanas."
            ),
            "en": (
                "In an IPSOS survey of 810 people for UNHCR, one in two Peruvians in Lima, Tumbes "
                "and Tacna said they had witnessed discrimination against Venezuelans."
            ),
            "pt": (
                "Em uma pesquisa da IPSOS para o ACNUR com 810 pessoas, um em cada dois peruanos "
                "de Lima, Tumbes e Tacna disse ter presenciado discriminação contra venezuelanos."
            ),
            "pap": (
                "Den un enkuesta di IPSOS pa ACNUR entre 810 hende, un di kada dos peruano na "
                "Lima, Tumbes i Tacna a bisa ku nan a mira diskriminashon kontra venezolano."
            ),
        },
        "figure": {
            "es": "1 de cada 2 peruanos",
            "en": "1 in 2 Peruvians",
            "pt": "1 em cada 2 peruanos",
            "pap": "1 di kada 2 peruano",
        },
        "source_name": {
            "es": "Encuesta de IPSOS a 810 personas para ACNUR",
            "en": "IPSOS survey of 810 people for UNHCR",
            "pt": "Pesquisa IPSOS com 810 pessoas para o ACNUR",
            "pap": "Enkuesta di IPSOS entre 810 hende pa ACNUR",
        },
        "source_url": "https://www.acnur.org/",
        "figure_date": "2019-10-13",
    },
    {
        "key": "pe-supportive-peruvians",
        "campaign": "tu-causa-es-mi-causa",
        "position": 4,
        "myth": {
            "es": "A los peruanos no les gusta recibir extranjeros.",
            "en": "Peruvians do not want foreigners here.",
            "pt": "Os peruanos não querem estrangeiros aqui.",
            "pap": "Peruanonan no ke stranhero aki.",
        },
        "statement": {
            "es": (
                "En la encuesta de IPSOS para ACNUR, más del 75 % consideró que los peruanos son "
                "solidarios con los extranjeros."
            ),
            "en": (
                "In the IPSOS survey for UNHCR, over 75% considered Peruvians supportive of "
                "foreigners."
            ),
            "pt": (
                "Na pesquisa da IPSOS para o ACNUR, mais de 75 % consideraram que os peruanos são "
                "solidários com os estrangeiros."
            ),
            "pap": (
                "Den e enkuesta di IPSOS pa ACNUR, mas ku 75 % a bisa ku peruanonan ta solidario "
                "ku stranhero."
            ),
        },
        "figure": {
            "es": "Más del 75 % de los encuestados",
            "en": "Over 75% of those surveyed",
            "pt": "Mais de 75 % dos entrevistados",
            "pap": "Mas ku 75 % di e enkuestánan",
        },
        "source_name": {
            "es": "Encuesta de IPSOS a 810 personas para ACNUR",
            "en": "IPSOS survey of 810 people for UNHCR",
            "pt": "Pesquisa IPSOS com 810 pessoas para o ACNUR",
            "pap": "Enkuesta di IPSOS entre 810 hende pa ACNUR",
        },
        "source_url": "https://www.acnur.org/",
        "figure_date": "2019-10-13",
    },
    {
        "key": "pe-dtm-nationality",
        "campaign": "tu-causa-es-mi-causa",
        "position": 5,
        "myth": {
            "es": "Si alguien los discrimina, no es por ser venezolanos.",
            "en": "When they face discrimination, it is not because they are Venezuelan.",
            "pt": "Quando sofrem discriminação, não é por serem venezuelanos.",
            "pap": "Ora nan sufri diskriminashon, no ta pa motibu ku nan ta venezolano.",
        },
        "statement": {
            "es": (
                "De las personas venezolanas entrevistadas en Lima que sufrieron discriminación, "
                "el 88,6 % dijo que fue por su nacionalidad."
            ),
            "en": (
                "Of the Venezuelans interviewed in Lima who had experienced discrimination, 88.6% "
                "said it was because of their nationality."
            ),
            "pt": (
                "Dos venezuelanos entrevistados em Lima que sofreram discriminação, 88,6 % "
                "disseram que o motivo foi a sua nacionalidade."
            ),
            "pap": (
                "Di e venezolanonan entrevistá na Lima ku a sufri diskriminashon, 88,6 % a bisa ku"
                " tabata pa motibu di nan nashonalidat."
            ),
        },
        "figure": {
            "es": "88,6 %, por su nacionalidad",
            "en": "88.6%, because of nationality",
            "pt": "88,6 %, pela nacionalidade",
            "pap": "88,6 %, pa motibu di nashonalidat",
        },
        "source_name": {
            "es": "Matriz de Seguimiento del Desplazamiento (DTM) de la OIM, Lima",
            "en": "IOM Displacement Tracking Matrix (DTM), Lima",
            "pt": "Matriz de Monitoramento de Deslocamentos (DTM) da OIM, Lima",
            "pap": "Matris di Seguimentu di Desplasamentu (DTM) di OIM, Lima",
        },
        "source_url": "https://dtm.iom.int/",
        "figure_date": "2019-01-31",
    },
    {
        "key": "pe-arrivals-since-2016",
        "campaign": "tu-causa-es-mi-causa",
        "position": 6,
        "myth": None,
        "statement": {
            "es": "Desde 2016 han llegado al Perú casi medio millón de personas venezolanas.",
            "en": "Almost half a million Venezuelans have arrived in Peru since 2016.",
            "pt": "Quase meio milhão de venezuelanos chegaram ao Peru desde 2016.",
            "pap": "For di 2016, kasi mei miyon venezolano a yega Perú.",
        },
        "figure": {
            "es": "Casi medio millón de personas",
            "en": "Almost half a million people",
            "pt": "Quase meio milhão de pessoas",
            "pap": "Kasi mei miyon hende",
        },
        "source_name": {
            "es": "OIM y ACNUR",
            "en": "IOM and UNHCR",
            "pt": "OIM e ACNUR",
            "pap": "OIM i ACNUR",
        },
        "source_url": "https://www.iom.int/",
        "figure_date": "2019-10-13",
    },
    {
        "key": "pe-daily-entries",
        "campaign": "tu-causa-es-mi-causa",
        "position": 7,
        "myth": None,
        "statement": {
            "es": "Cada día entraban al Perú unas 1.250 personas procedentes de Venezuela.",
            "en": "Some 1,250 people from Venezuela were entering Peru every day.",
            "pt": "Cerca de 1.250 pessoas vindas da Venezuela entravam no Peru todos os dias.",
            "pap": "Tur dia, rònt di 1.250 hende for di Venezuela tabata drenta Perú.",
        },
        "figure": {
            "es": "Unas 1.250 personas al día",
            "en": "Some 1,250 people a day",
            "pt": "Cerca de 1.250 pessoas por dia",
            "pap": "Rònt di 1.250 hende pa dia",
        },
        "source_name": {
            "es": "OIM, la Organización Internacional para las Migraciones",
            "en": "IOM, the International Organization for Migration",
            "pt": "OIM, a Organização Internacional para as Migrações",
            "pap": "OIM, e Organisashon Internashonal pa Migrashon",
        },
        "source_url": "https://www.iom.int/",
        "figure_date": "2019-10-13",
    },
    {
        "key": "pe-dtm-discrimination",
        "campaign": "tu-causa-es-mi-causa",
        "position": 8,
        "myth": None,
        "statement": {
            "es": (
                "En enero de 2019, el 24,4 % de las personas venezolanas entrevistadas en Lima por"
                " la Matriz de Seguimiento del Desplazamiento (DTM) de la OIM dijo haber sufrido "
                "discriminación."
            ),
            "en": (
                "In January 2019, 24.4% of the Venezuelans interviewed in Lima for IOM's "
                "Displacement Tracking Matrix (DTM) said they had experienced discrimination."
            ),
            "pt": (
                "Em janeiro de 2019, 24,4 % dos venezuelanos entrevistados em Lima pela Matriz de "
                "Monitoramento de Deslocamentos (DTM) da OIM disseram ter sofrido discriminação."
            ),
            "pap": (
                "Na yanüari 2019, 24,4 % di e venezolanonan entrevistá na Lima pa e Displacement "
                "Tracking Matrix (DTM) di OIM a bisa ku nan a sufri diskriminashon."
            ),
        },
        "figure": {
            "es": "24,4 % de los entrevistados",
            "en": "24.4% of those interviewed",
            "pt": "24,4 % dos entrevistados",
            "pap": "24,4 % di e entrevistánan",
        },
        "source_name": {
            "es": "Matriz de Seguimiento del Desplazamiento (DTM) de la OIM, Lima",
            "en": "IOM Displacement Tracking Matrix (DTM), Lima",
            "pt": "Matriz de Monitoramento de Deslocamentos (DTM) da OIM, Lima",
            "pap": "Matris di Seguimentu di Desplasamentu (DTM) di OIM, Lima",
        },
        "source_url": "https://dtm.iom.int/",
        "figure_date": "2019-01-31",
    },
    {
        "key": "pe-dtm-places",
        "campaign": "tu-causa-es-mi-causa",
        "position": 9,
        "myth": None,
        "statement": {
            "es": (
                "Las personas venezolanas entrevistadas en Lima sufrieron esa discriminación en "
                "espacios públicos (58 %), en el lugar de trabajo (36,1 %) y en su barrio (3,5 %)."
            ),
            "en": (
                "The Venezuelans interviewed in Lima experienced that discrimination in public "
                "spaces (58%), at work (36.1%) and in their neighbourhood (3.5%)."
            ),
            "pt": (
                "Os venezuelanos entrevistados em Lima sofreram essa discriminação em espaços "
                "públicos (58 %), no local de trabalho (36,1 %) e no seu bairro (3,5 %)."
            ),
            "pap": (
                "E venezolanonan entrevistá na Lima a sufri e diskriminashon ei den lugá públiko "
                "(58 %), na trabou (36,1 %) i den nan bario (3,5 %)."
            ),
        },
        "figure": {
            "es": "58 % en espacios públicos",
            "en": "58% in public spaces",
            "pt": "58 % em espaços públicos",
            "pap": "58 % den lugá públiko",
        },
        "source_name": {
            "es": "Matriz de Seguimiento del Desplazamiento (DTM) de la OIM, Lima",
            "en": "IOM Displacement Tracking Matrix (DTM), Lima",
            "pt": "Matriz de Monitoramento de Deslocamentos (DTM) da OIM, Lima",
            "pap": "Matris di Seguimentu di Desplasamentu (DTM) di OIM, Lima",
        },
        "source_url": "https://dtm.iom.int/",
        "figure_date": "2019-01-31",
    },
    {
        "key": "rg-latin-america-caribbean",
        "campaign": "one-step-closer",
        "position": 1,
        "myth": {
            "es": "Todos se van a Europa o a Estados Unidos.",
            "en": "They all go to Europe or the United States.",
            "pt": "Todos vão para a Europa ou para os Estados Unidos.",
            "pap": "Nan tur ta bai Europa òf Merka.",
        },
        "statement": {
            "es": (
                "El 80 % de las personas refugiadas y migrantes de Venezuela vive en América "
                "Latina y el Caribe."
            ),
            "en": (
                "80% of refugees and migrants from Venezuela live in Latin America and the "
                "Caribbean."
            ),
            "pt": (
                "80 % dos refugiados e migrantes da Venezuela vivem na América Latina e no Caribe."
            ),
            "pap": (
                "80 % di e refugiado i migrantenan for di Venezuela ta biba na Merka Latino i "
                "Karibe."
            ),
        },
        "figure": {
            "es": "80 % en América Latina y el Caribe",
            "en": "80% in Latin America and the Caribbean",
            "pt": "80 % na América Latina e no Caribe",
            "pap": "80 % na Merka Latino i Karibe",
        },
        "source_name": R4V,
        "source_url": "https://www.r4v.info/",
        "figure_date": "2020-08-31",
    },
    {
        "key": "rg-venezuelans-world",
        "campaign": "one-step-closer",
        "position": 2,
        "myth": None,
        "statement": {
            "es": (
                "En agosto de 2020 había 5,2 millones de personas refugiadas y migrantes de "
                "Venezuela en el mundo."
            ),
            "en": (
                "In August 2020 there were 5.2 million refugees and migrants from Venezuela around"
                " the world."
            ),
            "pt": (
                "Em agosto de 2020 havia 5,2 milhões de refugiados e migrantes da Venezuela no "
                "mundo."
            ),
            "pap": (
                "Na ougùstùs 2020 tabatin 5,2 miyon refugiado i migrante for di Venezuela na mundu."
            ),
        },
        "figure": {
            "es": "5,2 millones de personas",
            "en": "5.2 million people",
            "pt": "5,2 milhões de pessoas",
            "pap": "5,2 miyon hende",
        },
        "source_name": R4V,
        "source_url": "https://www.r4v.info/",
        "figure_date": "2020-08-31",
    },
]
