"""Labelled test corpus for the screening of testimonies before publication.

Each entry of ``CORPUS`` is a short testimony as people really type them on a phone
(informal punctuation, typos, missing accents) in Spanish ("es"), Portuguese ("pt"),
English ("en") or Papiamentu ("pap", Curaçao orthography), with the sorted list of kinds
of findings it contains: "phone", "email", "id_number", "link" and "insult". An empty
list means the text is clean and must not be flagged.

At least half of the texts are clean, and they are hard on purpose: years, ages, prices,
dates, times, scores, bus lines, flight numbers, phone models, percentages, and identity
documents, phone numbers or e-mail mentioned without any actual value, plus words like
"basura", "lixo" or "bicho" used innocently. The clean texts of ``CORPUS`` do not name
Venezuela or Venezuelans; those words are covered by ``TRICKY_CLEAN``.

The texts with findings use the usual forms of the region: phone numbers of Chile, Peru,
Venezuela, Colombia, Ecuador, Brazil, Argentina and the Caribbean, local and international,
with and without spaces or dashes; Chilean RUTs with a valid modulo-11 check digit,
Peruvian DNI and carné de extranjería, Venezuelan cédulas and passports; URLs with or
without a scheme; and xenophobic insults with inconsistent case and accents. Every number,
address and name is invented (555 numbers where the numbering plan allows it).

``TRICKY_CLEAN`` lists short phrases that must never be flagged.
"""

CORPUS = [
    {
        "language": "es",
        "text": (
            "Salí de Venezuela en 2018 con mi hermano. En Lima los venezolanos del edificio "
            "nos juntamos los domingos a cocinar arepas para todos los vecinos."
        ),
        "expected": [],
    },
    {
        "language": "pt",
        "text": (
            "Sou venezuelana e moro em Boa Vista desde 2019. Minha vizinha brasileira me "
            "ensinou a fazer pão de queijo e eu ensinei as hallacas."
        ),
        "expected": [],
    },
    {
        "language": "en",
        "text": (
            "My neighbour is from Venezuela. Every Christmas since 2020 we sing parang "
            "together in Port of Spain, and the whole street joins in."
        ),
        "expected": [],
    },
    {
        "language": "pap",
        "text": (
            "Mi a yega Kòrsou for di Venezuela na 2019. Awor mi ta traha den un snèk i mi "
            "klientenan ta yama mi 'e muhé di e mihó pastechi'."
        ),
        "expected": [],
    },
    {
        "language": "es",
        "text": (
            "Llegamos a Lima en 2018 con mis 3 hijos de 4, 7 y 11 años. El primer cuartito lo "
            "pagabamos a S/ 450 y hoy mi hijo mayor ya termino el colegio, no saben el orgullo"
        ),
        "expected": [],
    },
    {
        "language": "es",
        "text": (
            "En la chamba el jefe me pidio mi numero de telefono y yo ni chip tenia todavia jaja."
            " Una señora peruana me regalo uno al dia siguiente, nunca me voy a olvidar de ella."
        ),
        "expected": [],
    },
    {
        "language": "es",
        "text": (
            "Saqué el PTP en 2019 y despues el carné de extranjería tardó como 8 meses. Mientras "
            "tanto trabajaba en un restaurante en Miraflores de 10:30 a 22:00 sin dia libre"
        ),
        "expected": [],
    },
    {
        "language": "es",
        "text": (
            "Mi cedula vencio en 2020 y en el consulado no habia citas para nada. Un abogado "
            "colombiano nos ayudo gratis a toda la familia, Dios se lo pague."
        ),
        "expected": [],
    },
    {
        "language": "es",
        "text": (
            "Vendo arepas en la calle 5 con mi pana Jose, los sabados sacamos como 50 mil pesos "
            "entre los dos. No es mucho pero alcanza pa la semana"
        ),
        "expected": [],
    },
    {
        "language": "es",
        "text": (
            "El 12/03/2021 a las 6:15 de la mañana cruzamos por Rumichaca. Hacia un frio horrible"
            " y mi bebe tenia 10 meses, la envolvi en mi chaqueta y camine y camine."
        ),
        "expected": [],
    },
    {
        "language": "es",
        "text": (
            "Mi vecino chileno me enseño a hacer sopaipillas y yo le enseñe a hacer cachapas. "
            "Ahora el 18 de septiembre celebramos juntos y en diciembre hacemos hallacas en su "
            "casa ❤️"
        ),
        "expected": [],
    },
    {
        "language": "es",
        "text": (
            "Soy migrante y refugiada, tengo 34 años y soy enfermera. Aqui en Santiago trabajo de"
            " cuidadora mientras convalido el titulo, ya voy en el paso 3 de 5!!"
        ),
        "expected": [],
    },
    {
        "language": "es",
        "text": (
            "En la municipalidad nos dijeron que escribieramos al correo de la oficina y nunca "
            "contestaron. Al final fuimos en persona un martes y nos atendio una chica muy "
            "amable."
        ),
        "expected": [],
    },
    {
        "language": "es",
        "text": (
            "Mi abuela no sabia ni que era una arroba y ahora manda audios todos los dias desde "
            "Maracaibo jajaja. La extraño demasiado, ya son 6 años sin abrazarla"
        ),
        "expected": [],
    },
    {
        "language": "es",
        "text": (
            "Trabajo de ayudante en la línea 210, salgo de la casa a las 5 de la mañana. Los "
            "pasajeros ya me conocen y me dicen chamo de cariño, eso me alegra el dia"
        ),
        "expected": [],
    },
    {
        "language": "es",
        "text": (
            "El domingo jugamos contra los muchachos del barrio y ganamos 3-1, despues "
            "compartimos una parrillada todos juntos. Ahi entendi que ya tenia amigos aca"
        ),
        "expected": [],
    },
    {
        "language": "es",
        "text": (
            "En la encuesta del barrio el 24,4 % de los extranjeros dijo que sufrio "
            "discriminacion. A mi nunca me paso gracias a Dios, pero a mi hermana si, en el "
            "trabajo."
        ),
        "expected": [],
    },
    {
        "language": "es",
        "text": (
            "Pagamos 1.250 soles de alquiler entre dos familias, somos 9 personas en un depa de 3"
            " cuartos aqui en Perú. Es duro pero estamos juntos y eso es lo que vale"
        ),
        "expected": [],
    },
    {
        "language": "es",
        "text": (
            "Se me rompio la pantalla del Samsung A12 y perdí todas las fotos de mi mamá. Ese "
            "teléfono era lo unico que me traje de mi casa"
        ),
        "expected": [],
    },
    {
        "language": "es",
        "text": (
            "Tome el vuelo 1234 de Bogota a Santiago con 2 maletas y 300 dolares. Tenia 19 años y"
            " mucho miedo, hoy tengo 25 y una hija preciosa."
        ),
        "expected": [],
    },
    {
        "language": "es",
        "text": (
            "El RUT me llego despues de casi un año y recien ahi pude abrir la cuenta. El señor "
            "del banco me felicito y todo, fue bonito"
        ),
        "expected": [],
    },
    {
        "language": "es",
        "text": (
            "Trabajo en reciclaje, separo la basura en la planta de 7 a 3 y me pagan por kilo. No"
            " me da verguenza, es trabajo honrado y con eso estudian mis dos hijas"
        ),
        "expected": [],
    },
    {
        "language": "es",
        "text": (
            "Llegue a Quito en 2019-2020, justo antes de la pandemia. Vivimos por la Mariscal, en"
            " una calle sin salida al lado de la panaderia donde ahora trabajo."
        ),
        "expected": [],
    },
    {
        "language": "es",
        "text": (
            "Un dia vi un cartel que decia www y no se que mas, pense que era una tienda pero era"
            " un curso gratis de computacion para extranjeros. Alli aprendi a usar la compu"
        ),
        "expected": [],
    },
    {
        "language": "es",
        "text": (
            "Con el PEP pude trabajar formal por primera vez aca en Colombia. Gano el minimo, "
            "como 1.300.000 pesos, pero tengo salud y pension y mis hijos estan en el colegio."
        ),
        "expected": [],
    },
    {
        "language": "es",
        "text": (
            "Si alguien necesita ayuda con los papeles que me escriba al +51 987 654 321, yo pase"
            " por lo mismo en 2018 y se lo dificil que es"
        ),
        "expected": ["phone"],
    },
    {
        "language": "es",
        "text": (
            "Mi mamá sigue en Valencia, si alguien va para alla y le puede llevar unas medicinas "
            "llameme al 0412-555-1234 porfa, se lo agradeceria en el alma"
        ),
        "expected": ["phone"],
    },
    {
        "language": "es",
        "text": (
            "Soy costurera, hago arreglos y vestidos de quince años. Escribanme a "
            "mariela.costura@gmail.com y les paso los precios 🙏"
        ),
        "expected": ["email"],
    },
    {
        "language": "es",
        "text": (
            "En la micro una señora me grito VENECO de mierda vete a tu pais, y nadie dijo nada. "
            "Me baje llorando con mi hija de la mano."
        ),
        "expected": ["insult"],
    },
    {
        "language": "es",
        "text": (
            "En el trabajo me decian 'la veneca' y no era de cariño. Un dia el encargado dijo que"
            " todos eramos unos muertos de hambre y ahi mismo renuncie"
        ),
        "expected": ["insult"],
    },
    {
        "language": "es",
        "text": (
            "Me llego el rut 26.555.432-6 y lo primero que hice fue llamar a mi mamá llorando. "
            "Por fin existo aqui!!"
        ),
        "expected": ["id_number"],
    },
    {
        "language": "es",
        "text": (
            "Mi esposo es peruano, su DNI es 45678912 y queremos casarnos por civil pero nos "
            "piden mil cosas. Si alguien sabe como es escribanos, su cel es 987-654-321"
        ),
        "expected": ["id_number", "phone"],
    },
    {
        "language": "es",
        "text": (
            "Ya mande todo lo que pidio la ONG, mi CE 001234567 por si lo necesitan para "
            "verificar. Gracias por la paciencia"
        ),
        "expected": ["id_number"],
    },
    {
        "language": "es",
        "text": (
            "Perdi mi bolso en el terminal con la cedula V-12.345.678 adentro, si alguien lo "
            "encuentra por favor avisen a la parroquia"
        ),
        "expected": ["id_number"],
    },
    {
        "language": "es",
        "text": (
            "Les dejo el link de mi emprendimiento de tequeños "
            "https://tequenos-la-abuela.com/pedidos hacemos delivery en todo Lima norte"
        ),
        "expected": ["link"],
    },
    {
        "language": "es",
        "text": (
            "Sigan la pagina instagram.com/somos.cocineras.migrantes donde subimos recetas de "
            "alla y de aca 💛"
        ),
        "expected": ["link"],
    },
    {
        "language": "es",
        "text": (
            "Fuera Venecos de mi pais, son escoria y delincuentes extranjeros que vienen a robar."
            " No publiquen mas estas historias."
        ),
        "expected": ["insult"],
    },
    {
        "language": "es",
        "text": (
            "El casero nos dijo que eramos unas ratas y que no le alquilaba a venezolanos de "
            "mierda. Dormimos 2 noches en la plaza hasta que una iglesia nos recibio."
        ),
        "expected": ["insult"],
    },
    {
        "language": "es",
        "text": (
            "Soy profe de matematicas y doy clases online a niños de primaria. Mi cel es +56 9 "
            "5555 1234 y mi correo es prof.andreina.r@hotmail.com"
        ),
        "expected": ["email", "phone"],
    },
    {
        "language": "es",
        "text": (
            "Busco a mi hermano Luis Alberto, cedula V14555678, la ultima vez hablamos en Tulcán."
            " Cualquier dato al 3105551234 que es el numero de mi prima en Cali"
        ),
        "expected": ["id_number", "phone"],
    },
    {
        "language": "es",
        "text": (
            "Hacemos mudanzas y fletes baratos en Santiago, escribenos al 9 8765 4321 o al "
            "955551234 y mira los precios en www.fletesrapidos.cl"
        ),
        "expected": ["link", "phone"],
    },
    {
        "language": "es",
        "text": (
            "Para el bono me pidieron los datos asi que aqui van: E-84.123.456, tel 099 555 1234,"
            " correo josefina.marquez@yahoo.com. Ojala no sea estafa"
        ),
        "expected": ["email", "id_number", "phone"],
    },
    {
        "language": "es",
        "text": (
            "Un tipo me escribio por whatsapp diciendome muerto de hambre, rata, que me regresara"
            " a mi pais. Lo bloquee pero me dejo temblando toda la noche"
        ),
        "expected": ["insult"],
    },
    {
        "language": "es",
        "text": (
            "Mi pasaporte es el 155512345 y esta vencido desde 2021, la prorroga nunca llego. Sin"
            " eso no puedo ni sacar a mis hijos del pais"
        ),
        "expected": ["id_number"],
    },
    {
        "language": "es",
        "text": (
            "En Buenos Aires armamos un grupo de madres migrantes, si quieren sumarse escriban a "
            "Yuli al 11 5555-1234 (desde afuera +54 9 11 5555-1234). Nos juntamos los sabados en "
            "la plaza"
        ),
        "expected": ["phone"],
    },
    {
        "language": "es",
        "text": (
            "Para postular al subsidio de arriendo pedian el rut, el mio es 25555123-k, y despues"
            " de 6 meses salio aprobado!! No lo podia creer"
        ),
        "expected": ["id_number"],
    },
    {
        "language": "pt",
        "text": (
            "Cheguei em Pacaraima em 2018 com meus 2 filhos, a mais nova tinha 3 anos. Hoje a "
            "gente mora em Curitiba e ela ja fala portugues melhor que eu kkkk"
        ),
        "expected": [],
    },
    {
        "language": "pt",
        "text": (
            "Meu primeiro salario aqui foi R$ 1.100 e mandei R$ 300 pra minha mae em Caracas. Ela"
            " chorou no telefone e eu tambem"
        ),
        "expected": [],
    },
    {
        "language": "pt",
        "text": (
            "Tirei o CPF e a carteira de trabalho no mesmo dia na Operação Acolhida. A moça do "
            "atendimento falou espanhol comigo e eu quase chorei de alivio"
        ),
        "expected": [],
    },
    {
        "language": "pt",
        "text": (
            "A vizinha me perguntou 'que bicho te mordeu?' quando me viu chorando na escada. "
            "Depois disso virou minha amiga, almoçamos juntas todo domingo."
        ),
        "expected": [],
    },
    {
        "language": "pt",
        "text": (
            "Trabalho separando lixo reciclavel numa cooperativa em Boa Vista, somos 14 mulheres."
            " O serviço é pesado mas a gente ri muito"
        ),
        "expected": [],
    },
    {
        "language": "pt",
        "text": (
            "No dia 05/08/2019 às 14:30 a gente pegou o onibus da interiorização. Foram 3 dias de"
            " viagem até Porto Alegre e meu filho vomitou o caminho todo, coitadinho"
        ),
        "expected": [],
    },
    {
        "language": "pt",
        "text": (
            "Ser refugiado não é escolha. Eu era engenheiro, hoje sou entregador de aplicativo e "
            "faço umas 40 entregas por dia, mas meus filhos estão na escola e isso é o que "
            "importa."
        ),
        "expected": [],
    },
    {
        "language": "pt",
        "text": (
            "Meu pana Carlos conseguiu vaga numa fabrica em Chapecó e me indicou, por isso estou "
            "aqui. Ele diz que uns 80% da linha de produção hoje é de estrangeiros"
        ),
        "expected": [],
    },
    {
        "language": "pt",
        "text": (
            "O Brasil ganhou de 3-1 no dia que eu cheguei e todo mundo na rua comemorando, achei "
            "que era festa pra mim kkk. Foi minha primeira noite feliz em meses"
        ),
        "expected": [],
    },
    {
        "language": "pt",
        "text": (
            "Meu celular é um Samsung A12 todo rachado mas é nele que falo com a minha mae toda "
            "noite às 21h. Ela sempre pergunta se estou comendo bem"
        ),
        "expected": [],
    },
    {
        "language": "pt",
        "text": (
            "A assistente social pediu meu e-mail e eu nem tinha, ela criou um comigo na hora. "
            "Até hoje lembro da senha que ela escolheu rs"
        ),
        "expected": [],
    },
    {
        "language": "pt",
        "text": (
            "Moro na rua de tras do mercado, perto da igreja, no bairro Pintolândia. Pago 600 "
            "reais de aluguel e divido com meu irmão"
        ),
        "expected": [],
    },
    {
        "language": "pt",
        "text": (
            "Minha sogra colombiana mora com a gente e cozinha pra 7 pessoas todo dia. O "
            "protocolo de refúgio dela saiu depois de 2 anos de espera, fizemos festa"
        ),
        "expected": [],
    },
    {
        "language": "pt",
        "text": (
            "Se alguem em Manaus precisar de diarista pode me chamar no zap (92) 99155-5123, "
            "trabalho direitinho e tenho referencias"
        ),
        "expected": ["phone"],
    },
    {
        "language": "pt",
        "text": (
            "Faço bolos e salgados pra festa, encomendas pelo +55 11 98765-4321 falar com Yelitza"
        ),
        "expected": ["phone"],
    },
    {
        "language": "pt",
        "text": (
            "Sou psicologa e atendo migrantes de graça às sextas, quem quiser marcar manda "
            "mensagem pra atendimento.psi.migrante@gmail.com"
        ),
        "expected": ["email"],
    },
    {
        "language": "pt",
        "text": (
            "Na fila do posto um homem gritou 'volta pro teu país, venezuelano vagabundo'. Minha "
            "filha perguntou o que era vagabundo e eu não soube responder"
        ),
        "expected": ["insult"],
    },
    {
        "language": "pt",
        "text": (
            "Na escola chamavam meu filho de favelado e de lixo, ele tem 9 anos. Mudamos ele de "
            "escola e agora ele está bem melhor graças a Deus"
        ),
        "expected": ["insult"],
    },
    {
        "language": "pt",
        "text": (
            "Gente estamos arrecadando doações pras familias que chegaram semana passada, o link "
            "é bit.ly/doacao-acolhida2 qualquer ajuda serve"
        ),
        "expected": ["link"],
    },
    {
        "language": "pt",
        "text": (
            "Conheçam meu trabalho de tranças no instagram.com/trancas_da_ana 💕 atendo em Boa "
            "Vista"
        ),
        "expected": ["link"],
    },
    {
        "language": "pt",
        "text": (
            "Perdi minha cedula V-18.555.444 no abrigo de Pacaraima, se alguém achar por favor "
            "entregar na Acolhida"
        ),
        "expected": ["id_number"],
    },
    {
        "language": "pt",
        "text": (
            "Esses VENECOS são tudo lixo, invadiram Roraima e ninguém faz nada. Volta pro teu "
            "país!!"
        ),
        "expected": ["insult"],
    },
    {
        "language": "pt",
        "text": (
            "Tenho uma oficina de costura e preciso de 2 costureiras, mandar contato pro whatsapp"
            " +55 95 99155-5321 ou pro email costura.boavista@outlook.com"
        ),
        "expected": ["email", "phone"],
    },
    {
        "language": "pt",
        "text": (
            "O policial olhou meu passaporte AB1234567 e falou 'mais um venezuelano vagabundo'. "
            "Fiquei calada porque estava com meus filhos"
        ),
        "expected": ["id_number", "insult"],
    },
    {
        "language": "pt",
        "text": (
            "Um cara postou no grupo do bairro https://www.exemplo-noticias.com.br/imigrantes e "
            "escreveu que somos parasitas. Parasita é quem não trabalha, eu trabalho 12 horas"
        ),
        "expected": ["insult", "link"],
    },
    {
        "language": "en",
        "text": (
            "I came to Port of Spain in 2019 when I was 22, with 2 bags and 100 US dollars. My "
            "neighbour Miss Joyce taught me to cook pelau and now I make it better than her lol"
        ),
        "expected": [],
    },
    {
        "language": "en",
        "text": (
            "I'm a teacher in Trinidad and 1 in 4 kids in my class is a migrant this year. They "
            "learn English so fast, last month one of them read a poem in front of the whole "
            "school"
        ),
        "expected": [],
    },
    {
        "language": "en",
        "text": (
            "The officer asked for my phone number and my email but I had neither, I had just "
            "arrived. She wrote down the shelter address instead and called them for me."
        ),
        "expected": [],
    },
    {
        "language": "en",
        "text": (
            "We live on a little street with no name behind the market in Chaguanas. Rent is TT$ "
            "2,500 and we are 6 people, but the landlord is kind and fixed the roof for free"
        ),
        "expected": [],
    },
    {
        "language": "en",
        "text": (
            "My daughter turned 15 on 03/11/2022 and we had no money for a party. The whole block"
            " came with food and music, I still cry when I see the photos"
        ),
        "expected": [],
    },
    {
        "language": "en",
        "text": (
            "I got my registration card after 8 months and finally opened a bank account. It "
            "sounds small but for a refugee its like being born again."
        ),
        "expected": [],
    },
    {
        "language": "en",
        "text": (
            "Our church team won 3-1 against the police team on sunday, my husband scored 2 goals"
            " haha. Afterwards everybody ate together, migrants and locals"
        ),
        "expected": [],
    },
    {
        "language": "en",
        "text": (
            "I'm Guyanese and my grandmother came from Caracas in the 60s, so when the new "
            "families arrived in 2018-2019 we felt it was our turn to help. We share what we have"
        ),
        "expected": [],
    },
    {
        "language": "en",
        "text": (
            "I work 7am to 7pm at a hardware store and earn about 60% of what my coworkers make. "
            "I don't complain, I'm saving for my son's school books"
        ),
        "expected": [],
    },
    {
        "language": "en",
        "text": (
            "My old Samsung A12 broke on the bus, route 12, and I lost all the numbers of my "
            "family. A stranger lent me her phone for an hour so I could find them on Facebook"
        ),
        "expected": [],
    },
    {
        "language": "en",
        "text": (
            "If anyone needs a babysitter in San Fernando call me on +1 868 555 0142, I have "
            "experience with babies and I'm very responsible"
        ),
        "expected": ["phone"],
    },
    {
        "language": "en",
        "text": (
            "I'm a nurse from Maracay and I'm looking for work in Georgetown, you can reach me at"
            " yoselin.nurse84@gmail.com"
        ),
        "expected": ["email"],
    },
    {
        "language": "en",
        "text": (
            "A man at the market spat at my feet and said go back to your country you scum. My "
            "son was with me, he's 6, he still asks about it"
        ),
        "expected": ["insult"],
    },
    {
        "language": "en",
        "text": (
            "These parasites are taking our jobs and our houses. Send the vermin back, we don't "
            "want them here."
        ),
        "expected": ["insult"],
    },
    {
        "language": "en",
        "text": (
            "Please share our fundraiser for the 12 families in the shelter "
            "https://www.gofundme.com/f/shelter-families-tt thank you all 🙏"
        ),
        "expected": ["link"],
    },
    {
        "language": "en",
        "text": (
            "They kept my passport 123456789 at the job for 3 months and didn't want to give it "
            "back. I only got it when a lawyer from the church went with me"
        ),
        "expected": ["id_number"],
    },
    {
        "language": "en",
        "text": (
            "I fix phones and laptops cheap, WhatsApp +58 412 555 1234 or email "
            "fixit.jose@hotmail.com. I speak Spanish and English"
        ),
        "expected": ["email", "phone"],
    },
    {
        "language": "en",
        "text": (
            "For the scholarship they said send your ID so here it is, V-20.555.789, and my email"
            " is maria.g.perez@yahoo.com. Hope it works!"
        ),
        "expected": ["email", "id_number"],
    },
    {
        "language": "en",
        "text": (
            "At work they called me 'Véneco' every day like it was my name. When I complained the"
            " manager said go back to your country if you don't like it"
        ),
        "expected": ["insult"],
    },
    {
        "language": "en",
        "text": (
            "Selling homemade arepas in Guayaquil, order at wa.me/message/AREPAS22 or call +593 "
            "99 555 1234"
        ),
        "expected": ["link", "phone"],
    },
    {
        "language": "pap",
        "text": (
            "Mi a yega Kòrsou na 2019 ku mi dos yu, nan tabatin 4 i 9 aña. Awe nan ta papia "
            "papiamentu miho ku mi jaja"
        ),
        "expected": [],
    },
    {
        "language": "pap",
        "text": (
            "Mi bisiña a siña mi traha pastechi i mi a siña e traha arepa. Tur djadumingu nos ta "
            "kome huntu, e ta manera mi mama aki"
        ),
        "expected": [],
    },
    {
        "language": "pap",
        "text": (
            "Mi ta traha den un snèk for di 10:30 di mainta te 11or di anochi, e pago ta 350 "
            "florin pa siman. No ta hopi, ma mi ta manda pa mi mama na Punto Fijo"
        ),
        "expected": [],
    },
    {
        "language": "pap",
        "text": (
            "Nan a pidi mi number di telefòn na e ofisina, ma mi no tabatin telefòn ainda. Un "
            "señora di Bandabou a duna mi esun di dje"
        ),
        "expected": [],
    },
    {
        "language": "pap",
        "text": (
            "Nos ta 7 hende den un kas chikitu na Otrobanda, den un kaya sin salida. Ma nos ta "
            "kontentu, e yu chikitu ta bai skol i e ta sinti su mes na kas"
        ),
        "expected": [],
    },
    {
        "language": "pap",
        "text": (
            "Djasabra nos a gana 3-1 kontra e team di Santa Maria, mi yu hòmber a marka dos gol. "
            "Henter e bario tabata grita, mi a yora di alegria"
        ),
        "expected": [],
    },
    {
        "language": "pap",
        "text": (
            "Mi paspòrt a vense na 2020 i no tin sita na konsulado. Mientrastantu mi ta sigui "
            "traha i warda, Dios ta grandi"
        ),
        "expected": [],
    },
    {
        "language": "pap",
        "text": (
            "Mi ta refugiada, mi tin 41 aña i mi ta enfermera. Aki mi ta kuida un señor di 87 "
            "aña, e ta yama mi 'mi yu' i e ta hasi mi sinti na kas"
        ),
        "expected": [],
    },
    {
        "language": "pap",
        "text": (
            "Si bo mester un kushiné pa fiesta, yama mi na +599 9 555 1234. Mi ta traha arepa, "
            "hallaca i tur kos di mi tera"
        ),
        "expected": ["phone"],
    },
    {
        "language": "pap",
        "text": (
            "Mi ruman muhé ta na Coro ainda, si un hende ta bai ei por fabor yama e na "
            "04145551234. E tin remedi pa mi mama"
        ),
        "expected": ["phone"],
    },
    {
        "language": "pap",
        "text": (
            "Mi ta duna les di spañó pa muchanan, manda mi un mensahe na "
            "luisana.les.cw@gmail.com. E preis ta barata"
        ),
        "expected": ["email"],
    },
    {
        "language": "pap",
        "text": (
            "Den bùs un hòmber a grita mi 'veneca muerta de hambre, vete a tu país'. Mi a keda "
            "ketu, ma mi kurason a kibra"
        ),
        "expected": ["insult"],
    },
    {
        "language": "pap",
        "text": (
            "Mi a pèrdè mi sédula V12345678 banda di Punda, si bo haña e por fabor entrega e na "
            "polis"
        ),
        "expected": ["id_number"],
    },
    {
        "language": "pap",
        "text": (
            "Nos ta bende kuminda di tera, mira nos menu na www.sabordetera-cw.com òf manda "
            "mensahe na +58 412 555 8765"
        ),
        "expected": ["link", "phone"],
    },
    {
        "language": "pap",
        "text": (
            "Un hende deskonosí a skirbi mi: 'bo ta un rata, bai bèk na bo pais, venezolano de "
            "mierda'. Si esaki a pasa bo tambe, yama mi na +57 310 555 1234, nos ta traha un "
            "grupo di apoyo"
        ),
        "expected": ["insult", "phone"],
    },
]

TRICKY_CLEAN = [
    "Venezuela",
    "venezolanos en Lima",
    "en 2019 llegamos",
    "tengo 3 hijos de 5, 8 y 12 años",
    "pagamos 1.250 soles",
    "el 24,4 % sufrió discriminación",
    "línea 210",
    "ganamos 3-1",
    "mi DNI venció",
    "saqué el PTP",
    "escribí a su correo",
    "vuelo 1234",
    "Samsung A12",
    "calle 5 de mayo",
    "12/03/2021 a las 10:30",
]
