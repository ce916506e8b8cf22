"""Invented sample stories for the demo site: twelve per campaign.

None of these testimonies is real. They show what the campaigns collect: everyday
encounters between refugees, migrants and host communities, written in the language the
storyteller chose; a few carry translations as moderators add and review them. The site labels
every one of them as a sample.
"""

SAMPLE_STORIES = [
    {
        "key": "cl-01",
        "campaign": "somos-encuentro",
        "language": "es",
        "title": "Las arepas de los sábados en la feria de Quilicura",
        "body": (
            "Llegué a Santiago en 2018 con una maleta y la receta de arepas de mi abuela "
            "escrita en un cuaderno. Los sábados armo mi mesa en la feria de Quilicura, entre "
            "el puesto de paltas de don Héctor y el carro de sopaipillas de la señora Nelly.\n\n"
            "Al principio la gente miraba las arepas con desconfianza. Nelly fue la primera en "
            "probar una y me dijo que le faltaba algo. Al sábado siguiente me trajo un frasco "
            "de pebre. Ahora la más pedida es la arepa de queso con pebre, y yo le enseñé a "
            "ella a hacer tequeños.\n\n"
            "Cuando me enfermé en invierno, ella atendió mi mesa dos sábados seguidos y me "
            "guardó hasta el último peso. Eso no se me olvida."
        ),
        "author_display": "first_name",
        "author_name": "Daniela",
        "author_role": "migrant",
        "country": "CL",
        "city": "Santiago",
        "show_city": True,
        "themes": ["food", "community"],
        "featured": True,
        "days_ago": 12,
        # Reviewed translations, as moderators add them.
        "translations": {
            "en": {
                "title": "Saturday arepas at the Quilicura street market",
                "body": (
                    "I arrived in Santiago in 2018 with one suitcase and my grandmother's arepa "
                    "recipe written in a notebook. On Saturdays I set up my table at the Quilicura "
                    "street market, between Don Héctor's avocado stall and Señora Nelly's "
                    "sopaipilla cart.\n\n"
                    "At first people looked at the arepas with suspicion. Nelly was the first to "
                    "try one, and she told me it was missing something. The next Saturday she "
                    "brought me a jar of pebre. Now the favourite is the cheese arepa with pebre, "
                    "and I taught her to make tequeños.\n\n"
                    "When I fell ill in the winter, she ran my table two Saturdays in a row and "
                    "kept every last peso for me. I will never forget that."
                ),
            },
            "pap": {
                "title": "E arepanan di djasabra na e feria di Quilicura",
                "body": (
                    "Mi a yega Santiago na 2018 ku un tas i e resèt di arepa di mi wela skirbí den "
                    "un buki. Tur djasabra mi ta para mi mesa na e feria di Quilicura, entre e "
                    "tenchi di avokado di don Héctor i e karchi di sopaipilla di señora Nelly.\n\n"
                    "Na kuminsamentu hende tabata wak e arepanan ku sospecho. Nelly tabata e "
                    "promé ku a purba un, i el a bisa mi ku e tabata falta algu. E siguiente "
                    "djasabra el a trese un pot di pebre pa mi. Awor esun ku hende ta pidi mas ta "
                    "arepa di keshi ku pebre, i ami a siña su kon pa traha tequeño.\n\n"
                    "Ora mi a bira malu den invierno, el a atendé mi mesa dos djasabra seguí i el "
                    "a warda te e último peso pa mi. Esei mi no ta lubidá nunka."
                ),
            },
        },
    },
    {
        "key": "cl-02",
        "campaign": "somos-encuentro",
        "language": "es",
        "title": "El arquero que llegó desde Maracaibo",
        "body": (
            "Entreno a un equipo de niños en la cancha de tierra de mi población, en "
            "Antofagasta, desde hace quince años. Hace dos temporadas llegó Jesús, un cabro de "
            "diez años recién venido de Maracaibo, con unos guantes de arquero más grandes que "
            "sus manos.\n\n"
            "No conocía a nadie y hablaba poco. En el tercer partido atajó un penal y el "
            "equipo entero se le tiró encima. Desde ese día le dicen «el Muro». Su mamá ahora "
            "ayuda con la colación de los domingos, y sus patacones maracuchos ya son parte "
            "del tercer tiempo.\n\n"
            "Este año salimos segundos en la liga comunal. En la foto del equipo hay chilenos, "
            "venezolanos, un peruano y un haitiano. Para mí son mis niños, nomás."
        ),
        "author_display": "full_name",
        "author_name": "Patricio Muñoz",
        "author_role": "host_community",
        "country": "CL",
        "city": "Antofagasta",
        "show_city": True,
        "themes": ["sport", "community"],
        "featured": False,
        "days_ago": 35,
    },
    {
        "key": "cl-03",
        "campaign": "somos-encuentro",
        "language": "es",
        "title": "Lo que me enseñaron mis alumnos del cerro",
        "body": (
            "En Venezuela fui profesora de matemáticas durante doce años. Aquí, mientras "
            "espero que reconozcan mi título, doy reforzamiento gratis los martes y jueves en "
            "la junta de vecinos del cerro donde vivo.\n\n"
            "Vienen niños chilenos y venezolanos, y algunos hijos de familias colombianas. Yo "
            "les enseño fracciones con recetas de cocina; ellos me enseñan a hablar chileno. "
            "El primer día nadie entendía mi «chévere», y yo no entendía su «cachai». Ahora "
            "las dos palabras se escuchan en la sala.\n\n"
            "En diciembre las mamás organizaron una once para despedir el año. Hubo "
            "sopaipillas, hallacas y una torta de mil hojas. Una niña me regaló una tarjeta "
            "que decía: «Gracias, tía, ahora sí entiendo los decimales». La tengo pegada en el "
            "refrigerador."
        ),
        "author_display": "anonymous",
        "author_name": "",
        "author_role": "refugee",
        "country": "CL",
        "city": "Valparaíso",
        "show_city": False,
        "themes": ["inclusion", "culture"],
        "featured": False,
        "days_ago": 58,
    },
    {
        "key": "cl-04",
        "campaign": "somos-encuentro",
        "language": "en",
        "title": "What a Santiago choir taught me about listening",
        "body": (
            "I came to Santiago for a year to volunteer at a community centre in Barrio "
            "Yungay, and a neighbour talked me into joining the Thursday choir. I can barely "
            "read music and my Spanish was shaky, so I stood at the back and mouthed the "
            "words.\n\n"
            "The choir is half Chilean, half Venezuelan, with a retired bus driver on bass and "
            "a nurse from Barquisimeto who sings like a church bell. Every rehearsal someone "
            "brings a song from home. One week it is a cueca, the next a joropo, and everyone "
            "stumbles through the other's rhythm until it clicks.\n\n"
            "At our winter concert in the parish hall, the audience clapped along to both. "
            "Afterwards Rosa, our director, told me the hard part was never the harmonies; it "
            "was learning to listen to each other. I think about that a lot."
        ),
        "author_display": "first_name",
        "author_name": "Hannah",
        "author_role": "other",
        "country": "CL",
        "city": "Santiago",
        "show_city": True,
        "themes": ["music", "diversity"],
        "featured": True,
        "days_ago": 87,
    },
    {
        "key": "cl-05",
        "campaign": "somos-encuentro",
        "language": "pt",
        "title": "Feijão, pabellón e milcao: os domingos em Concepción",
        "body": (
            "Vim de Belo Horizonte para fazer o mestrado em Concepción e dividi apartamento "
            "com a Mariela, engenheira de Valencia, na Venezuela, e o Cristóbal, que é de "
            "Chiloé. No começo a gente se comunicava numa mistura de português, espanhol e "
            "gestos.\n\n"
            "Aos domingos inventamos um almoço em que cada um cozinha algo de casa. Eu faço "
            "feijão tropeiro, a Mariela prepara pabellón e o Cristóbal aparece com o milcao "
            "que a avó manda pelo ônibus. Os vizinhos começaram a bater na porta para "
            "perguntar que cheiro era aquele, e hoje a mesa ficou pequena para tanta gente.\n\n"
            "Aprendi que “ahorita” pode querer dizer daqui a cinco minutos ou daqui a três "
            "horas, e que em Chiloé chove mais do que em qualquer lugar que eu conheço."
        ),
        "author_display": "full_name",
        "author_name": "Luana Ferreira",
        "author_role": "other",
        "country": "CL",
        "city": "Concepción",
        "show_city": True,
        "themes": ["diversity", "food"],
        "featured": False,
        "days_ago": 120,
    },
    {
        "key": "cl-06",
        "campaign": "somos-encuentro",
        "language": "pap",
        "title": "Pastechi den un kiosko chikitu na Chile",
        "body": (
            "Mi a nase na Punto Fijo, Venezuela, i mi a biba seis aña na Kòrsou, kaminda mi a "
            "siña papiamentu ora mi tabata traha den un panaderia. Na 2019 mi a bin Chile pa "
            "keda serka mi yu hòmber i mi ñetunan.\n\n"
            "Awor mi tin un kiosko chikitu banda di un skol. Mainta mi ta bende pastechi di "
            "keshi i di galiña, manera mi a siña na Kòrsou, i tambe empanada chileno ku mi "
            "bisiña Carmen a siña mi traha. E muchanan ta yama mi “la señora del Caribe”.\n\n"
            "Ora ta friu, Carmen ta trese un kòpi di té pa mi i nos ta kombersá un ratu. E no "
            "ta komprondé papiamentu i mi spañó chileno no ta perfekto, pero nos ta komprondé "
            "otro bon."
        ),
        "author_display": "anonymous",
        "author_name": "",
        "author_role": "migrant",
        "country": "CL",
        "city": "",
        "show_city": False,
        "themes": ["food", "family"],
        "featured": False,
        "days_ago": 143,
    },
    {
        "key": "cl-07",
        "campaign": "somos-encuentro",
        "language": "es",
        "title": "Pastel de choclo y videollamadas",
        "body": (
            "Tengo setenta y cuatro años y vivo sola en un pasaje de Iquique. Cuando la "
            "familia de Yusmary se cambió a la casa de al lado, pensé que iban a hacer mucho "
            "ruido. Hacen ruido, es verdad, pero también tocan la puerta cada mañana para ver "
            "si necesito pan.\n\n"
            "Un domingo le enseñé a Yusmary a hacer pastel de choclo, como me enseñó mi mamá "
            "en Pozo Almonte. Ella me enseñó a hacer bollos pelones, unas bolitas de masa "
            "rellenas de carne. Los dos platos quedaron en la misma mesa.\n\n"
            "Su hija de doce años me enseñó a hacer videollamadas. Ahora veo a mi nieto, que "
            "vive en Puerto Montt, todos los viernes. Cuando me pregunta quién me ayudó, le "
            "digo que mi vecina chiquitita."
        ),
        "author_display": "anonymous",
        "author_name": "",
        "author_role": "host_community",
        "country": "CL",
        "city": "Iquique",
        "show_city": True,
        "themes": ["community", "family"],
        "featured": False,
        "days_ago": 150,
    },
    {
        "key": "cl-08",
        "campaign": "somos-encuentro",
        "language": "es",
        "title": "Mi primer trabajo en Temuco y las palabras que aprendí",
        "body": (
            "Llegué a Temuco en pleno invierno de 2019, con una chaqueta demasiado delgada "
            "para la lluvia del sur. Mi primer trabajo fue en una ferretería, cargando sacos "
            "de cemento y ordenando tornillos que tenían nombres que yo nunca había escuchado.\n\n"
            "Mi compañero Juan Carlos me tuvo paciencia. Me enseñó que aquí una «huincha» es "
            "una cinta métrica y me regaló una parka que ya no usaba. Él es mapuche y un día "
            "me enseñó a decir «mari mari», que es como se saluda en su lengua. Yo le enseñé a "
            "colar café en manga, como en la casa de mi papá en Mérida.\n\n"
            "Hoy soy encargado de bodega. Cuando llega alguien nuevo, sea de donde sea, soy yo "
            "el que le explica qué es una huincha."
        ),
        "author_display": "full_name",
        "author_name": "Luis Rangel",
        "author_role": "refugee",
        "country": "CL",
        "city": "Temuco",
        "show_city": True,
        "themes": ["work", "diversity"],
        "featured": False,
        "days_ago": 200,
    },
    {
        "key": "cl-09",
        "campaign": "somos-encuentro",
        "language": "es",
        "title": "Una sala con cuatro acentos",
        "body": (
            "Soy profesora de tercero básico en una escuela de Rancagua. En mi curso hay niños "
            "de aquí, de Venezuela, de Haití y de Colombia. El primer año me preocupaba no "
            "saber cómo hacer que todos se sintieran parte del grupo.\n\n"
            "Los propios niños lo resolvieron. Inventaron un diccionario en un cuaderno "
            "grande: cada semana alguien anota una palabra de su casa y la explica. Así "
            "aprendimos que «pana» y «zanmi» quieren decir amigo, igual que «yunta» para un "
            "chileno, y que un «chamo» es lo mismo que un cabro chico.\n\n"
            "En la reunión de apoderados de fin de año, los papás leyeron el diccionario en "
            "voz alta y se rieron juntos. Ese cuaderno ahora pasa de curso en curso, y cada "
            "año tiene más páginas."
        ),
        "author_display": "first_name",
        "author_name": "Francisca",
        "author_role": "host_community",
        "country": "CL",
        "city": "Rancagua",
        "show_city": True,
        "themes": ["diversity", "inclusion"],
        "featured": False,
        "days_ago": 230,
    },
    {
        "key": "cl-10",
        "campaign": "somos-encuentro",
        "language": "es",
        "title": "El cuatro y la guitarra",
        "body": (
            "Traje mi cuatro en la mochila, envuelto en una toalla, porque era lo único que no "
            "quería dejar. Los primeros meses en Viña del Mar tocaba en la avenida para juntar "
            "lo del arriendo.\n\n"
            "Una tarde se me acercó Manuel, un guitarrista jubilado que toca en una peña los "
            "viernes. Me preguntó si sabía tocar una tonada. No sabía. Me invitó igual. Esa "
            "noche aprendí que la cueca y el joropo se parecen más de lo que uno cree: los dos "
            "se bailan en pareja, con zapateo y mucha picardía.\n\n"
            "Ahora tocamos juntos una vez al mes. Él me enseñó tonadas del campo chileno y yo "
            "le enseñé valses venezolanos. El público ya no sabe de dónde es cada canción, y a "
            "nosotros tampoco nos importa."
        ),
        "author_display": "anonymous",
        "author_name": "",
        "author_role": "migrant",
        "country": "CL",
        "city": "Viña del Mar",
        "show_city": True,
        "themes": ["music", "culture"],
        "featured": False,
        "days_ago": 260,
    },
    {
        "key": "cl-11",
        "campaign": "somos-encuentro",
        "language": "es",
        "title": "Hallacas en el block",
        "body": (
            "Nuestra primera Navidad en Chile la pasamos en un departamento de un block, con "
            "dos colchones y una mesa prestada. Yo quería hacer hallacas como en casa, pero no "
            "encontraba hojas de plátano por ningún lado.\n\n"
            "La vecina del segundo piso, la señora Ximena, me escuchó preguntando y me llevó "
            "en micro hasta un mercado al otro lado de la ciudad. Allí un caserito peruano nos "
            "vendió las hojas. De vuelta, Ximena se quedó toda la tarde en mi cocina amarrando "
            "hallacas con pabilo, riéndose porque le quedaban chuecas.\n\n"
            "Ese 24 compartimos la mesa entre sus nietos y mis hijos. Este año ella ya reservó "
            "su puesto para amarrar, y dice que las chuecas son las más ricas."
        ),
        "author_display": "first_name",
        "author_name": "Oriana",
        "author_role": "refugee",
        "country": "CL",
        "city": "",
        "show_city": False,
        "themes": ["family", "food", "community"],
        "featured": False,
        "days_ago": 290,
    },
    {
        "key": "cl-12",
        "campaign": "somos-encuentro",
        "language": "es",
        "title": "El pan de jamón que ahora vendemos en Puerto Montt",
        "body": (
            "Tengo una panadería de barrio en Puerto Montt que heredé de mi papá. Hace tres "
            "años buscaba un maestro panadero y llegó Jhonny, que había trabajado veinte años "
            "en una panadería de Caracas. Lo contraté a prueba por un mes.\n\n"
            "Al segundo día ya había arreglado la amasadora que yo daba por perdida. En "
            "noviembre me propuso hacer pan de jamón, un pan relleno de jamón, pasas y "
            "aceitunas que en Venezuela se come en Navidad. Yo dudé, pero hicimos veinte para "
            "probar.\n\n"
            "Se vendieron en una mañana. Ahora, en diciembre, al lado del pan de pascua de "
            "siempre, tenemos una fila de gente que pregunta por el pan del Jhonny. Mi papá "
            "estaría contento de ver la panadería tan llena."
        ),
        "author_display": "full_name",
        "author_name": "Rodrigo Araya",
        "author_role": "host_community",
        "country": "CL",
        "city": "Puerto Montt",
        "show_city": True,
        "themes": ["work", "inclusion"],
        "featured": False,
        "days_ago": 310,
    },
    {
        "key": "pe-01",
        "campaign": "tu-causa-es-mi-causa",
        "language": "es",
        "title": "Una barbería en Comas y la eterna discusión entre Alianza y la U",
        "body": (
            "Abrí mi barbería en Comas hace dos años, con una silla, un espejo de segunda mano "
            "y las máquinas que traje de Valencia. Los primeros clientes entraban, preguntaban "
            "el precio y se iban. Hasta que vino el señor Augusto, que tiene una bodega en la "
            "esquina, y me pidió un corte «como los de antes».\n\n"
            "Desde entonces me manda a sus hijos, a sus nietos y a medio barrio. Aprendí "
            "rápido que en Comas hay que elegir: o eres de Alianza o eres de la U. Yo, que "
            "venía del béisbol, no entendía nada. Ahora los lunes la barbería es una tertulia "
            "de fútbol y a mí me toca hacer de árbitro.\n\n"
            "Ya tengo un ayudante, Brayan, que es de aquí y está aprendiendo el oficio. Yo le "
            "enseño degradados y él me enseña jerga limeña."
        ),
        "author_display": "full_name",
        "author_name": "Wilmer Salas",
        "author_role": "migrant",
        "country": "PE",
        "city": "Lima",
        "show_city": True,
        "themes": ["work", "sport"],
        "featured": True,
        "days_ago": 5,
        "translations": {
            "en": {
                "title": "A barbershop in Comas and the endless row between Alianza and La U",
                "body": (
                    "I opened my barbershop in Comas two years ago, with one chair, a second-hand "
                    "mirror and the clippers I brought from Valencia. The first customers came "
                    "in, asked the price and left. Then Señor Augusto, who runs the corner shop, "
                    "came by and asked for a cut «like they used to do them».\n\n"
                    "Since then he has sent me his sons, his grandsons and half the "
                    "neighbourhood. I quickly learned that in Comas you have to choose: you are "
                    "either Alianza or La U. Coming from baseball, I understood nothing. Now on "
                    "Mondays the barbershop turns into a football debate, and I end up as the "
                    "referee.\n\n"
                    "I already have an assistant, Brayan, who is from here and is learning the "
                    "trade. I teach him fades and he teaches me Lima slang."
                ),
            },
            "pap": {
                "title": "Un barbería na Comas i e diskushon sin fin entre Alianza i La U",
                "body": (
                    "Dos aña pasá mi a habri mi barbería na Comas, ku un stul, un spil di segunda "
                    "man i e mashinnan ku mi a trese for di Valencia. E promé klientenan tabata "
                    "drenta, puntra e preis i bai. Te ora señor Augusto, kende tin un bodega na "
                    "skina, a bin pidi mi un kòrte «manera nan tabata hasi ántes».\n\n"
                    "Desde e ora ei e ta manda su yunan, su ñetunan i mitar di bario pa mi. Mi a "
                    "siña lihé ku na Comas bo mester skohe: bo ta di Alianza òf bo ta di La U. "
                    "Ami, ku tabata bin for di beisbòl, no tabata komprondé nada. Awor tur "
                    "djaluna e barbería ta bira un debate di futbòl i ami mester hasi di "
                    "referí.\n\n"
                    "Mi tin un ayudante kaba, Brayan, kende ta di aki i ta siñando e ofisio. Ami "
                    "ta siña Brayan kòrte degradá i e ta siña mi palabranan di Lima."
                ),
            },
        },
    },
    {
        "key": "pe-02",
        "campaign": "tu-causa-es-mi-causa",
        "language": "es",
        "title": "Mi cevichería y la sazón de Zulay",
        "body": (
            "Tengo una cevichería pequeña en Tumbes, a unas cuadras de la plaza. En 2018 "
            "pasaba mucha gente por la ciudad, cansada, con niños en brazos. Una mañana entró "
            "Zulay a preguntar si necesitaba ayuda en la cocina. Yo necesitaba, pero "
            "desconfiaba.\n\n"
            "La dejé picar cebolla un día, nomás para ver. Cortaba más fino que yo. Con los "
            "meses aprendió a preparar el ceviche de conchas negras como lo hacía mi mamá, y "
            "un domingo me pidió permiso para poner arepas en el desayuno. Ahora los "
            "pescadores vienen temprano por sus arepas con chicharrón.\n\n"
            "Zulay se quedó en Tumbes. Su hija va al colegio con mi nieta, y las dos se pelean "
            "por la última arepa."
        ),
        "author_display": "first_name",
        "author_name": "Maritza",
        "author_role": "host_community",
        "country": "PE",
        "city": "Tumbes",
        "show_city": True,
        "themes": ["food", "work"],
        "featured": False,
        "days_ago": 28,
    },
    {
        "key": "pe-03",
        "campaign": "tu-causa-es-mi-causa",
        "language": "es",
        "title": "Volver a cantar en el coro de la parroquia",
        "body": (
            "Llegué a Tacna con mi esposo y mi hijo menor después de muchos días de viaje. Los "
            "primeros meses casi no salía del cuarto que alquilábamos; todo me daba miedo y "
            "extrañaba mi casa.\n\n"
            "Una vecina, la señora Lucía, me escuchó cantar mientras tendía la ropa y me "
            "invitó al coro de la parroquia del barrio. Yo había cantado quince años en un "
            "coro de Maracay. En el primer ensayo me temblaba la voz. Al final, el director me "
            "pidió que me quedara para practicar una parte sola.\n\n"
            "Ahora cantamos huaynos, valses criollos y, en Navidad, algún aguinaldo "
            "venezolano. Los domingos, después de misa, tomamos café con pan de la panadería "
            "de la esquina y conversamos. Ese coro me devolvió las ganas de salir a la calle."
        ),
        "author_display": "anonymous",
        "author_name": "",
        "author_role": "refugee",
        "country": "PE",
        "city": "Tacna",
        "show_city": True,
        "themes": ["music", "community"],
        "featured": False,
        "days_ago": 44,
    },
    {
        "key": "pe-04",
        "campaign": "tu-causa-es-mi-causa",
        "language": "en",
        "title": "Teaching English in Arequipa, learning Peru from my students",
        "body": (
            "I was an English teacher in Puerto La Cruz for nine years. When I arrived in "
            "Arequipa, I worked in a shoe shop during the day and gave private lessons at "
            "night, at a plastic table in my landlady's courtyard.\n\n"
            "Word spread. Now I teach at a small language institute near the historic centre, "
            "and most of my students are Peruvian teenagers who want to work in tourism. They "
            "correct my Peruvian Spanish while I correct their English. I have learned that "
            "rocoto relleno needs no translation, only a good appetite, and that nobody in "
            "Arequipa lets you forget the view of the Misti.\n\n"
            "Last month three of my students passed their certification exam. One of them "
            "hugged me and said, in perfect English: “Profe, you have to come to my "
            "graduation.” I will."
        ),
        "author_display": "first_name",
        "author_name": "Andrés",
        "author_role": "migrant",
        "country": "PE",
        "city": "Arequipa",
        "show_city": True,
        "themes": ["work", "culture"],
        "featured": True,
        "days_ago": 71,
    },
    {
        "key": "pe-05",
        "campaign": "tu-causa-es-mi-causa",
        "language": "pt",
        "title": "Capoeira em Lima: uma roda com três sotaques",
        "body": (
            "Sou de Salvador e moro em Lima há seis anos. Dou aulas de capoeira num centro "
            "comunitário em San Juan de Lurigancho, três vezes por semana, para crianças e "
            "adolescentes.\n\n"
            "Quando comecei, o grupo era quase todo de peruanos. Depois chegaram dois irmãos "
            "venezuelanos, um de oito e outro de onze anos, tímidos, sem falar com ninguém. Na "
            "roda não é preciso falar muito: a gente aprende a olhar o outro, a esperar a vez, "
            "a responder ao movimento. Em poucas semanas os dois estavam tocando pandeiro e "
            "puxando as palmas.\n\n"
            "Hoje a turma canta em português, conversa em espanhol e discute se o melhor suco "
            "é de maracujá, de lúcuma ou de papelón com limão. No batizado de dezembro, as "
            "famílias trouxeram comida dos três países e ninguém foi embora cedo."
        ),
        "author_display": "full_name",
        "author_name": "Thiago Nogueira",
        "author_role": "other",
        "country": "PE",
        "city": "Lima",
        "show_city": True,
        "themes": ["sport", "diversity"],
        "featured": False,
        "days_ago": 95,
    },
    {
        "key": "pe-06",
        "campaign": "tu-causa-es-mi-causa",
        "language": "pap",
        "title": "Mi wela di Kòrsou i mi yunan na Perú",
        "body": (
            "Mi a krese na Punto Fijo, Venezuela, den kas di mi wela, kende a nase na Kòrsou. "
            "Den kas nos tabata papia papiamentu i spañó mesklá, i tur djadumingu e tabata "
            "kushiná funchi ku stoba.\n\n"
            "Na 2018 mi a bin Perú ku mi dos yunan. Mi a haña trabou den un fábrika di bolsa i "
            "nos ta biba den un kamber chikitu. Mi bisiña Doris, un señora peruano, ta kuida e "
            "mucha chikí ora mi tin turno di anochi. E ta siña nan kanta kantikanan di Perú; "
            "ami ta siña nan papiamentu pa nan no lubidá nan wela.\n\n"
            "Awe mi yu muhé a bisa Doris “danki”, i Doris a kontestá “di nada, mi amor”. Mi a "
            "hari te ku mi wowo a yena awa."
        ),
        "author_display": "anonymous",
        "author_name": "",
        "author_role": "migrant",
        "country": "PE",
        "city": "",
        "show_city": False,
        "themes": ["family", "culture"],
        "featured": False,
        "days_ago": 112,
    },
    {
        "key": "pe-07",
        "campaign": "tu-causa-es-mi-causa",
        "language": "es",
        "title": "Una marinera con pañuelo y acento caraqueño",
        "body": (
            "Hace treinta años enseño marinera norteña en una academia de Trujillo. He visto "
            "bailar a cientos de niñas, pero Valentina me sorprendió. Llegó de Caracas con "
            "ocho años, sin zapatos de baile y sin saber qué hacer con un pañuelo en la mano.\n\n"
            "Su mamá me preguntó cuánto costaban las clases y le dije que primero la trajera a "
            "mirar. Valentina miró una clase entera sin pestañear. A la semana siguiente ya "
            "marcaba el paso descalza, que es como bailan las mujeres la marinera norteña. Las "
            "otras niñas le prestaron una falda y le enseñaron a coquetear con el pañuelo.\n\n"
            "Este año concursó en la categoría infantil y quedó entre las finalistas. Cuando "
            "salió a la pista, su abuela gritaba desde la tribuna con una bandera peruana en "
            "una mano y una venezolana en la otra."
        ),
        "author_display": "full_name",
        "author_name": "Teresa Alvarado",
        "author_role": "host_community",
        "country": "PE",
        "city": "Trujillo",
        "show_city": True,
        "themes": ["culture", "music"],
        "featured": False,
        "days_ago": 140,
    },
    {
        "key": "pe-08",
        "campaign": "tu-causa-es-mi-causa",
        "language": "es",
        "title": "Palabras en quechua en la recepción del hostal",
        "body": (
            "Trabajo en la recepción de un hostal en Cusco. Antes era administradora en una "
            "empresa de Barcelona, en Venezuela, y nunca había visto montañas tan altas ni "
            "sentido tanto frío al amanecer.\n\n"
            "Mi compañera de turno, Yeni, es de una comunidad cerca de Pisac y habla quechua "
            "con su mamá por teléfono. Al principio yo solo escuchaba. Un día le pedí que me "
            "enseñara a saludar, y desde entonces aprendo palabras nuevas cada semana: "
            "«allillanchu» para preguntar cómo estás, «sulpayki» para dar las gracias.\n\n"
            "Ahora, cuando pasan las señoras que venden tejidos, las saludo en quechua y se "
            "ríen de mi acento venezolano. Yeni dice que ya casi soy cusqueña. Yo le enseñé a "
            "hacer cachapas, y ella se las come con queso andino."
        ),
        "author_display": "anonymous",
        "author_name": "Mariangel Torres",
        "author_role": "refugee",
        "country": "PE",
        "city": "Cusco",
        "show_city": True,
        "themes": ["work", "diversity"],
        "featured": False,
        "days_ago": 176,
    },
    {
        "key": "pe-09",
        "campaign": "tu-causa-es-mi-causa",
        "language": "es",
        "title": "La lonchera compartida de quinto grado",
        "body": (
            "Soy profesor de primaria en un colegio público de Chiclayo. Cuando llegaron los "
            "primeros alumnos venezolanos, algunos padres tenían dudas y en las reuniones se "
            "notaba la tensión. Decidí no dar discursos y probar otra cosa.\n\n"
            "Cada viernes, un alumno trae algo de comer de su casa para compartir con todo el "
            "salón y cuenta de dónde viene la receta. Hubo arroz con pato, tequeños, tortitas "
            "de choclo, los bollitos de la abuela de Keiner y king kong de manjar blanco, que "
            "es orgullo de Lambayeque.\n\n"
            "Los padres empezaron a mandar las recetas escritas y a preguntar por las de los "
            "demás. En la última actuación del colegio, las mamás peruanas y venezolanas "
            "vendieron comida juntas para comprar libros para la biblioteca del aula. Juntaron "
            "para cuarenta."
        ),
        "author_display": "first_name",
        "author_name": "Jorge",
        "author_role": "host_community",
        "country": "PE",
        "city": "Chiclayo",
        "show_city": True,
        "themes": ["inclusion", "community", "food"],
        "featured": False,
        "days_ago": 205,
    },
    {
        "key": "pe-10",
        "campaign": "tu-causa-es-mi-causa",
        "language": "es",
        "title": "Volví al Perú con acento venezolano",
        "body": (
            "Mis padres se fueron del Callao a Venezuela en 1979, cuando yo tenía cuatro años. "
            "Crecí en Valencia, comiendo arepa en el desayuno y ceviche los domingos, porque "
            "mi mamá nunca dejó de cocinar como en su tierra. Me casé con una venezolana y "
            "allá nacieron mis hijos.\n\n"
            "En 2018 volvimos al Callao. Para mis primos yo era «el venezolano», y para mis "
            "hijos todo era nuevo: el mar frío, la garúa, las combis. Mi hija lloró el primer "
            "mes. Después se hizo amiga de la hija de la vecina, que le enseñó a jugar vóley "
            "en la losa del barrio.\n\n"
            "Ahora en mi casa se habla con las dos jergas y nadie se pone de acuerdo. Lo que "
            "sí sé es que tengo dos países, y que los dos me recibieron cuando lo necesité."
        ),
        "author_display": "full_name",
        "author_name": "César Paredes",
        "author_role": "other",
        "country": "PE",
        "city": "Callao",
        "show_city": True,
        "themes": ["family", "diversity"],
        "featured": False,
        "days_ago": 248,
    },
    {
        "key": "pe-11",
        "campaign": "tu-causa-es-mi-causa",
        "language": "es",
        "title": "Mi primera pachamanca",
        "body": (
            "Cuando llegué a la sierra no sabía que el frío podía meterse así en los huesos. "
            "Trabajaba en una obra de construcción y los compañeros se reían de mí porque iba "
            "con tres chompas y aun así temblaba.\n\n"
            "Un sábado, el maestro de obra, don Félix, invitó a toda la cuadrilla a su chacra. "
            "Abrieron un hoyo en la tierra, calentaron piedras y metieron carne, papas, habas "
            "y humitas envueltas en hojas. Me explicaron que eso era una pachamanca y que se "
            "comparte con los que uno considera familia. Yo no supe qué decir.\n\n"
            "Al año siguiente me pidieron que yo llevara algo. Llevé un pabellón criollo en "
            "una olla grande. Don Félix dijo que le faltaba ají, pero repitió dos veces."
        ),
        "author_display": "anonymous",
        "author_name": "",
        "author_role": "migrant",
        "country": "PE",
        "city": "Huancayo",
        "show_city": False,
        "themes": ["food", "community"],
        "featured": False,
        "days_ago": 301,
    },
    {
        "key": "pe-12",
        "campaign": "tu-causa-es-mi-causa",
        "language": "es",
        "title": "El equipo de vóley del comité vecinal",
        "body": (
            "Soy presidenta del comité vecinal de mi asentamiento humano desde hace seis años. "
            "Cuando empezaron a alquilar cuartos familias venezolanas, hubo vecinos que se "
            "quejaron en las asambleas. Yo también tenía mis dudas, para qué voy a mentir.\n\n"
            "Lo que cambió las cosas fue el vóley. Las chicas venezolanas jugaban en la losa "
            "por las tardes, y un día nuestras señoras las retaron. Perdimos el primer "
            "partido, el segundo y el tercero. Para el cuarto decidimos formar un solo equipo.\n\n"
            "Ahora el equipo del comité tiene peruanas y venezolanas, y en el campeonato del "
            "distrito quedamos terceras. Con lo que juntamos en la pollada compramos la malla "
            "nueva. En las asambleas ya casi nadie se queja, porque todos quieren ir a la "
            "final."
        ),
        "author_display": "first_name",
        "author_name": "Gladys",
        "author_role": "host_community",
        "country": "PE",
        "city": "",
        "show_city": False,
        "themes": ["sport", "community", "inclusion"],
        "featured": False,
        "days_ago": 366,
    },
    {
        "key": "rg-01",
        "campaign": "one-step-closer",
        "language": "es",
        "title": "El sancocho de los domingos ahora tiene más sillas",
        "body": (
            "Vivo en Cúcuta desde que nací, en una casa con patio y un palo de mango que "
            "sembró mi papá. Cuando empezó a llegar tanta gente por la frontera, mi hijo me "
            "pidió que le alquiláramos el cuarto de atrás a una familia de San Cristóbal. Yo "
            "dije que por unos meses.\n\n"
            "De eso hace tres años. La señora Yelitza me ayuda a pelar plátano para el "
            "sancocho de los domingos y me corrige cuando le pongo poca sal. Su esposo arregló "
            "la reja que llevaba años caída. Sus niños y mis nietos se pelean por los mangos "
            "del patio como si fueran primos.\n\n"
            "Ahora los domingos ponemos dos mesas juntas. Ya no sé muy bien quién es inquilino "
            "y quién es familia, y tampoco me interesa averiguarlo."
        ),
        "author_display": "full_name",
        "author_name": "Blanca Duarte",
        "author_role": "host_community",
        "country": "CO",
        "city": "Cúcuta",
        "show_city": True,
        "themes": ["family", "food"],
        "featured": False,
        "days_ago": 3,
    },
    {
        "key": "rg-02",
        "campaign": "one-step-closer",
        "language": "en",
        "title": "Singing parang in Arima, in the Spanish my grandmother spoke",
        "body": (
            "When I arrived in Trinidad I worked in a hardware store and practised English "
            "with the customers, one word at a time. In November a colleague asked me if I "
            "could play the cuatro. I laughed, because in my town in Sucre every house has "
            "one.\n\n"
            "He took me to a parang group in Arima. I did not know that Trinidad has its own "
            "Christmas music, sung in a Spanish passed down for generations and played with "
            "cuatro, maracas and box bass. The older members sing words my grandmother used, "
            "words I had not heard since I was a child.\n\n"
            "This Christmas we went from house to house until two in the morning. People gave "
            "us pastelles, black cake and sorrel, and asked me to sing an aguinaldo from "
            "Venezuela. Nobody treated me like a stranger. They said parang had come home for "
            "a visit."
        ),
        "author_display": "first_name",
        "author_name": "Yohandry",
        "author_role": "migrant",
        "country": "TT",
        "city": "Arima",
        "show_city": True,
        "themes": ["music", "culture"],
        "featured": True,
        "days_ago": 19,
    },
    {
        "key": "rg-03",
        "campaign": "one-step-closer",
        "language": "pt",
        "title": "Aulas de português na varanda da igreja",
        "body": (
            "Sou professora aposentada e moro em Boa Vista desde criança. Em 2018, a igreja do "
            "meu bairro abriu um curso de português para venezuelanos e me pediram ajuda por "
            "duas semanas. Estou lá até hoje.\n\n"
            "As aulas são na varanda, com ventilador e um quadro branco emprestado. Tenho "
            "alunos de vinte e poucos anos e uma senhora de setenta que quer ler a Bíblia em "
            "português. A gente aprende com o que tem na mão: a lista do mercado, o formulário "
            "de emprego, a conversa com o médico do posto. Eles riem muito quando eu tento "
            "falar espanhol.\n\n"
            "Um ex-aluno, o Leonardo, hoje trabalha numa oficina mecânica e voltou para ajudar "
            "nas aulas de sábado. Ele diz que agora é a vez dele de ensinar. Eu digo que a vez "
            "é de todo mundo."
        ),
        "author_display": "full_name",
        "author_name": "Sandra Oliveira",
        "author_role": "host_community",
        "country": "BR",
        "city": "Boa Vista",
        "show_city": True,
        "themes": ["inclusion", "community"],
        "featured": True,
        "days_ago": 40,
    },
    {
        "key": "rg-04",
        "campaign": "one-step-closer",
        "language": "pap",
        "title": "Mi a siña papiamentu den un snèk na Otrobanda",
        "body": (
            "Mi a yega Kòrsou na 2019 ku un tas i dos karson. Mi promé trabou tabata den un "
            "snèk na Otrobanda: mi tabata laba tayó i kòrta siboyo. Mi no tabata komprondé "
            "nada ora e klientenan tabata pidi kuminda.\n\n"
            "E doño, un señor di Bandabou, a skirbi un lista riba un karchi: “bon dia”, "
            "“danki”, “kuantu e ta kosta”, “un momentu, por fabor”. Tur anochi mi tabata "
            "studia e lista te ora mi a sa'é di memoria. Despues mi kolega Shurenda a siña mi "
            "e nòmbernan di kuminda: stoba, funchi, keshi yená, sòpi di piska.\n\n"
            "Awor mi ta tuma òrdu na papiamentu i e klientenan ta hari ora mi ta bisa “ayó, "
            "bai bon”. Na kas mi ta kushiná arepa, pero djaweps mi ta kome sòpi di piska ku mi "
            "kolegánan."
        ),
        "author_display": "anonymous",
        "author_name": "",
        "author_role": "refugee",
        "country": "CW",
        "city": "Willemstad",
        "show_city": True,
        "themes": ["work", "culture"],
        "featured": True,
        "days_ago": 63,
    },
    {
        "key": "rg-05",
        "campaign": "one-step-closer",
        "language": "es",
        "title": "Aprendí a jugar ecuavóley en un parque de Quito",
        "body": (
            "En Venezuela jugaba voleibol en el equipo de mi liceo, así que cuando vi a unos "
            "señores jugando en el parque de mi barrio en Quito, pensé que sería fácil. No lo "
            "fue. El ecuavóley se juega de a tres, con la red más alta y una pelota más "
            "pesada, y las reglas me parecían inventadas en el momento.\n\n"
            "Don Segundo, que organiza los partidos de los domingos, me dejó entrar un día que "
            "faltaba uno. Me pusieron de servidor y yo no sabía que me tocaba quedarme atrás. "
            "Me equivoqué mil veces y se rieron, pero se rieron conmigo.\n\n"
            "Ahora juego todos los domingos. En el grupo hay ecuatorianos, dos colombianos y "
            "yo. Cuando ganamos, nos invitamos unas colas y un plato de hornado en la esquina, "
            "y cuando perdemos, también."
        ),
        "author_display": "first_name",
        "author_name": "Leidy",
        "author_role": "migrant",
        "country": "EC",
        "city": "Quito",
        "show_city": True,
        "themes": ["sport", "community"],
        "featured": False,
        "days_ago": 88,
    },
    {
        "key": "rg-06",
        "campaign": "one-step-closer",
        "language": "pt",
        "title": "Do frigorífico para o futebol de sábado",
        "body": (
            "Cheguei a Roraima em 2018 e, alguns meses depois, vim para Chapecó com a minha "
            "esposa pelo programa de interiorização. Eu era contador em Maturín. Aqui o meu "
            "primeiro emprego foi num frigorífico, no turno da madrugada, de bota de borracha "
            "e casaco térmico.\n\n"
            "No começo eu só sabia dizer “bom dia” e “obrigado”. Os colegas da linha me "
            "ensinaram o resto, inclusive os palavrões, que eu aprendi antes dos números. Um "
            "deles, o Adilson, me chamou para o futebol de sábado no campinho do bairro. "
            "Joguei de lateral, errei quase tudo e mesmo assim fui convidado de novo.\n\n"
            "Hoje sou líder de equipe no frigorífico, e o time de sábado tem brasileiros, "
            "venezuelanos e um haitiano que é o melhor goleiro da cidade. Depois do jogo "
            "sempre tem churrasco, e eu levo as arepas."
        ),
        "author_display": "anonymous",
        "author_name": "",
        "author_role": "refugee",
        "country": "BR",
        "city": "Chapecó",
        "show_city": True,
        "themes": ["work", "sport"],
        "featured": False,
        "days_ago": 104,
    },
    {
        "key": "rg-07",
        "campaign": "one-step-closer",
        "language": "en",
        "title": "Pepperpot and arepas at the next stall",
        "body": (
            "I have sold vegetables at Stabroek Market for twenty-two years, at the same stall "
            "my mother had. Three years ago a young woman from Venezuela took the empty stall "
            "next to mine and started selling arepas and fresh juice. At first we only nodded "
            "at each other, because her English and my Spanish were about the same size.\n\n"
            "We started with numbers, because in a market you need numbers. Then the names of "
            "vegetables: she taught me “auyama”, I taught her “pumpkin” and “bora”. Now she "
            "buys her peppers from me and I eat an arepa with cheese every morning before the "
            "rush.\n\n"
            "At Christmas I brought her a bowl of my pepperpot and she brought me hallacas "
            "wrapped in banana leaves. We sat on upturned crates and ate together while the "
            "buses honked outside. My customers now greet her by name, and hers greet me."
        ),
        "author_display": "full_name",
        "author_name": "Marcia Persaud",
        "author_role": "host_community",
        "country": "GY",
        "city": "Georgetown",
        "show_city": True,
        "themes": ["food", "diversity"],
        "featured": False,
        "days_ago": 131,
    },
    {
        "key": "rg-08",
        "campaign": "one-step-closer",
        "language": "es",
        "title": "El primer mate que me pasaron en la farmacia",
        "body": (
            "Soy farmacéutico. Llegué a Córdoba en 2017 y durante casi dos años trabajé de "
            "repartidor mientras hacía los trámites para validar mi título. De noche estudiaba "
            "las materias que me pedían rendir, con apuntes que me prestaba una compañera de "
            "la facultad.\n\n"
            "Cuando por fin empecé en una farmacia de barrio, la dueña, Silvia, me pasó un "
            "mate el primer día. Yo no sabía que uno dice «gracias» solo cuando ya no quiere "
            "más, así que me tomé como ocho seguidos. Todo el mostrador se reía.\n\n"
            "Hoy muchos vecinos vienen a preguntarme a mí por sus remedios, y los jubilados me "
            "cuentan de sus nietos. Sigo sin entender del todo el cuarteto cordobés, pero "
            "según Silvia ya cebo mate mejor que algunos de aquí."
        ),
        "author_display": "first_name",
        "author_name": "Gustavo",
        "author_role": "migrant",
        "country": "AR",
        "city": "Córdoba",
        "show_city": True,
        "themes": ["work", "culture"],
        "featured": False,
        "days_ago": 159,
    },
    {
        "key": "rg-09",
        "campaign": "one-step-closer",
        "language": "pt",
        "title": "Um cuatro venezuelano no bloco de carnaval",
        "body": (
            "Sou músico e trouxe o meu cuatro quando saí de Caracas. No Brasil, os primeiros "
            "meses foram de trabalho pesado e pouca música. Até que uma vizinha me ouviu "
            "tocando na janela e me convidou para o ensaio do bloco do bairro.\n\n"
            "Eu nunca tinha tocado samba. O mestre da bateria me olhou meio desconfiado, mas "
            "deixou eu ficar num canto. Em poucas semanas a gente descobriu que o cuatro cabe "
            "muito bem entre o cavaquinho e o violão, e o pessoal passou a chamá-lo de "
            "“cavaquinho venezuelano”.\n\n"
            "No carnaval deste ano o bloco saiu com uma marchinha nova, com um refrão em "
            "espanhol que eu escrevi. As crianças da rua cantavam sem saber direito o que "
            "queria dizer. Para mim, era como se estivessem chamando o meu nome."
        ),
        "author_display": "anonymous",
        "author_name": "",
        "author_role": "migrant",
        "country": "BR",
        "city": "",
        "show_city": False,
        "themes": ["music", "community", "culture"],
        "featured": False,
        "days_ago": 187,
    },
    {
        "key": "rg-10",
        "campaign": "one-step-closer",
        "language": "en",
        "title": "A cooking workshop that became a business",
        "body": (
            "I volunteered for a year at a community centre in Panama City, running a small "
            "workshop on cooking and food safety for women who wanted to sell food from home. "
            "The group was half Panamanian and half Venezuelan, and for the first sessions "
            "they sat on opposite sides of the kitchen.\n\n"
            "Things changed the day we made empanadas. Everyone had a different idea of what "
            "an empanada should be, and by the end of the afternoon there were two trays, a "
            "long list of fillings to try and a plan to sell them together at a school fair.\n\n"
            "By the time I left, five of the women had formed a small catering group. They "
            "cook for birthdays and office lunches, share one van and split the profits "
            "evenly. The last message they sent me was a photo of their first printed menu, in "
            "Spanish and in very good English."
        ),
        "author_display": "full_name",
        "author_name": "Emily Carter",
        "author_role": "other",
        "country": "PA",
        "city": "Ciudad de Panamá",
        "show_city": True,
        "themes": ["work", "food", "inclusion"],
        "featured": False,
        "days_ago": 222,
    },
    {
        "key": "rg-11",
        "campaign": "one-step-closer",
        "language": "pap",
        "title": "Dande ku un kuatro venezolano",
        "body": (
            "Mi ta arubiano i tur fin di aña mi ta sali ku mi grupo di dande, di kas pa kas, "
            "pa deseá hende un bon aña nobo. Nos ta toka wiri, tambú i kuatro, i na kada kas "
            "nan ta duna nos un bebida i un pida bolo.\n\n"
            "Dos aña pasá un bisiño nobo, Luis, a tende nos ensayo. E ta di Falcón, Venezuela, "
            "i e ta toka kuatro mihó ku kualke un di nos. Mi a invitá'é pa bin ku nos. E promé "
            "anochi e no tabata sa e palabranan, pero despues di dos kas e tabata kanta e koro "
            "mas duru ku nos tur.\n\n"
            "Awor Luis ta parti di e grupo. E ta kanta dande na papiamentu ku un aksènt spañó, "
            "i e hendenan ta hari i brasa nos. Riba 31 di desèmber nos a kanta tambe un "
            "aguinaldo venezolano, i niun hende no a keda ketu."
        ),
        "author_display": "first_name",
        "author_name": "Ruben",
        "author_role": "host_community",
        "country": "AW",
        "city": "",
        "show_city": True,
        "themes": ["music", "culture", "community"],
        "featured": False,
        "days_ago": 275,
    },
    {
        "key": "rg-12",
        "campaign": "one-step-closer",
        "language": "es",
        "title": "La primera posada de mis hijos en Monterrey",
        "body": (
            "Llegamos a Monterrey en 2019, después de un tiempo en otro país donde no nos fue "
            "bien. Mis hijos tenían seis y nueve años, y al principio no querían ir a la "
            "escuela porque no entendían las palabras: «qué onda», «mande», «ahorita». Mi hijo "
            "mayor volvía diciendo que todos hablaban como en la tele.\n\n"
            "En diciembre, la maestra nos invitó a la posada de la escuela. Yo no sabía qué "
            "era. Las mamás de otros niños me explicaron los cantos para pedir posada, me "
            "prestaron una vela y me dieron un vaso de ponche con caña y tejocote. Mi hija "
            "rompió la piñata al segundo intento y desde entonces es famosa en su salón.\n\n"
            "Al año siguiente llevé hallacas a la posada. Ahora hay dos mamás que me piden la "
            "receta cada noviembre, y yo sigo aprendiendo a hacer tamales norteños."
        ),
        "author_display": "anonymous",
        "author_name": "",
        "author_role": "refugee",
        "country": "MX",
        "city": "Monterrey",
        "show_city": True,
        "themes": ["family", "inclusion"],
        "featured": False,
        "days_ago": 340,
    },
]
