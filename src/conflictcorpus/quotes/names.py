"""Given names that, as a person's first word, tell their gender.

"She said" after a quote stands for the last person quoted whom the document does not
give the other gender. A document says so by a pronoun next to the name, a title or role
("Mrs.", "spokeswoman") or an honorific ("Mr. Ryan"); a first name is one more piece of
that evidence, and without it "she" went to "Donald Trump" and "he" to "Hillary Clinton".

The lists hold given names that are borne overwhelmingly by one gender, in English and in
the languages of the regions wars are reported from (Arabic, Persian, Turkish, Kurdish,
Pashto and Dari, Hebrew, Ukrainian, Russian and other Slavic languages, Spanish,
Portuguese, French, German, Italian, and East African names). Names common to both
genders, or to one in one language and the other in another ("Jean", "Andrea",
"Nikola", "Kim", "Sasha", "Chris", "Jordan"), are in neither: a name that is not listed
is no evidence. Matching ignores case and accents are kept as written.

>>> given_name_gender("Hillary")
'f'
>>> given_name_gender("Volodymyr")
'm'
>>> given_name_gender("Jordan") is None
True
"""

from __future__ import annotations

__all__ = ["FEMALE_GIVEN_NAMES", "MALE_GIVEN_NAMES", "given_name_gender"]


def _names(text: str) -> frozenset[str]:
    return frozenset(w.lower() for w in text.split())


MALE_GIVEN_NAMES: frozenset[str] = _names(
    # English
    """
    Aaron Adam Alan Albert Alexander Allen Andrew Anthony Arthur Barack Barry Ben Benjamin
    Bernard Bernie Bill Billy Bob Bobby Brad Bradley Brandon Brett Brian Bruce Bryan Carl
    Carlos Charles Charlie Chuck Clarence Craig Dale Dan Daniel Darren David Dennis Derek Dick
    Don Donald Doug Douglas Duncan Dwight Earl Ed Eddie Edward Elijah Eric Ernest Eugene Frank
    Franklin Fred Frederick Gary Gavin Gene George Gerald Gordon Graham Greg Gregory Harold
    Harry Harvey Henry Herbert Howard Hugh Ian Isaac Jack Jacob Jake James Jason Jeff Jeffrey
    Jeremy Jerry Jim Jimmy Joe Joel John Johnny Jon Jonathan Joseph Josh Joshua Keith Ken
    Kenneth Kevin Kyle Larry Lawrence Leon Louis Luke Mark Martin Matt Matthew
    Michael Mike Mitch Mitchell Mitt Nathan Neil Newt Nicholas Nick Noah Oliver Patrick Paul
    Peter Phil Philip Ralph Randy Ray Raymond Reince Richard Rick Rob Robert Roger Ron Ronald
    Roy Rudy Russell Ryan Samuel Scott Sean Seth Shaun Stephen Steve Steven Stuart Ted
    Theodore Thomas Tim Timothy Todd Tom Tony Travis Trevor Troy Tyler Vernon Victor Vincent
    Walter Warren Wayne Wesley William Willie Zachary
    """
    # Arabic, Persian, Turkish, Kurdish, Pashto and Dari
    """
    Abdel Abdul Abdullah Abdulrahman Adel Ahmad Ahmed Akram Ali Amir Amr Anwar Ashraf Ayman
    Bashar Bassam Faisal Farid Fawzi Ghassan Hamid Hamza Hani Hassan Hasan Hussein Husam Ibrahim
    Imad Ismail Jamal Jihad Kamal Karim Khaled Khalid Mahmoud Majid Marwan Mehmet Mohamed
    Mohammad Mohammed Muhammad Mustafa Nabil Naser Nasser Omar Osama Qassem Rafiq Rami Recep
    Saad Saddam Salah Salem Salman Sami Samir Sayed Tariq Walid Waleed Yahya Yasser Yousef
    Youssef Yusuf Zaid Ziad Hossein Hassan Javad Mahmoud Masoud Mohsen Reza Ebrahim Abbas Ali
    Ashraf Hamid Gulbuddin Zabihullah Ahmet Mustafa Kemal Selahattin Masrour Nechirvan Massoud
    """
    # Hebrew
    """
    Avi Avigdor Benny Benjamin Yair Yoav Moshe Naftali Itamar Bezalel Gadi Herzi Isaac Yitzhak
    Shimon Ehud Amos Eli Gideon Yossi Uri Ofer Daniel
    """
    # Ukrainian, Russian and other Slavic
    """
    Andriy Andrii Andrei Andrey Anatoliy Anatoly Arseniy Bohdan Boris Dmitri Dmitry Dmytro
    Evgeny Yevgeny Gennady Ihor Igor Ivan Kyrylo Kirill Konstantin Leonid Maksym Maxim Mikhail
    Mykhailo Mykola Nikolai Oleg Oleh Oleksandr Oleksiy Oleksii Pavel Pavlo Petro Petr Pyotr
    Roman Ruslan Serhiy Serhii Sergei Sergey Stanislav Valeriy Valery Vadym Vadim Viktor
    Vitali Vitaliy Vladimir Volodymyr Vyacheslav Yuri Yuriy Yaroslav Denys Taras Vasyl Fedir
    Hennadiy Kostiantyn Rustem Ramzan Yevgeny Aleksandr Alexei Alexey Aleksei Dmitriy Sergiy
    Aleksandar Milorad Slobodan Ratko Radovan Zoran Goran Dragan Milos Tomasz Andrzej Jaroslaw
    Mateusz Lech Wojciech Zbigniew
    """
    # Spanish, Portuguese, French, German, Italian
    """
    Alejandro Alberto Antonio Carlos Diego Eduardo Emilio Enrique Fernando Francisco Gustavo
    Ignacio Javier Jorge José Jose Juan Luis Manuel Miguel Pablo Pedro Rafael Ramón Ricardo
    Sergio João Luiz Jair Emmanuel François Jacques Pierre Nicolas Olivier Laurent Jean-Yves
    Jean-Marc Jean-Luc Jean-Claude Jean-Pierre Sébastien Hans Helmut Karl Klaus Olaf Wolfgang
    Jürgen Friedrich Boris Matteo Giuseppe Giorgio Mario Paolo Silvio Sergio Giovanni
    """
    # East and West African, South Asian
    """
    Abiy Isaias Uhuru Yoweri Paul Salva Riek Mohamud Hassan Bola Muhammadu Goodluck Cyril Jacob
    Narendra Imran Nawaz Shehbaz Rahul Asif Pervez
    """
)
"""Given names borne overwhelmingly by men."""

FEMALE_GIVEN_NAMES: frozenset[str] = _names(
    # English
    """
    Abigail Alice Alison Allison Amanda Amy Angela Ann Anna Anne Barbara Betsy Betty Beverly
    Brenda Carly Carol Caroline Catherine Cheryl Christina Christine Claire Condoleezza Cynthia
    Debbie Deborah Debra Denise Diana Diane Donna Dorothy Elaine Elise Elizabeth Ellen Emily
    Emma Erica Erin Evelyn Frances Gabrielle Gina Gloria Grace Hannah Heather Heidi Helen
    Hillary Holly Ivanka Jane Janet Janice Jeanne Jennifer Jessica Jill Joanne
    Joni Joyce Judith Judy Julia Julie Karen Kate Katherine Kathleen Kathryn Kathy Katie
    Kayleigh Kellyanne Kirsten Kristen Laura Lauren Linda Lisa Lori Louise Madeleine
    Maggie Margaret Maria Marie Marsha Martha Mary Maureen Megan Megyn Melania Melissa
    Michele Michelle Nancy Nicole Nikki Pamela Patricia Paula Phyllis Rachel Rebecca Rose Ruth
    Samantha Sandra Sara Sarah Shirley Stephanie Susan Susanne Suzanne Tammy Teresa
    Theresa Tulsi Valerie Victoria Virginia Wendy
    """
    # Arabic, Persian, Turkish, Kurdish, Pashto and Dari
    """
    Aisha Aysha Amina Aminah Asma Dalia Fatima Fatma Hanan Hala Hiba Huda Khadija
    Layla Leila Lina Mariam Maryam Mona Nadia Rania Rasha Reem Salma Samira Sara
    Yasmin Yasmine Zahra Zainab Zeynep Emine Narges Shirin Mahsa Malala Nadia Nasrin
    Roya Fawzia Habiba
    """
    # Hebrew
    """
    Golda Tzipi Ayelet Miri Shira Noa Tamar Yael Orly Limor Merav
    """
    # Ukrainian, Russian and other Slavic
    """
    Alina Anastasia Anastasiia Daria Darya Ekaterina Kateryna Halyna Galina Hanna Inna Iryna
    Irina Ksenia Kseniia Larysa Larisa Liudmyla Lyudmila Marina Maryna Natalia Natalya Nataliya
    Nadiya Nadezhda Oksana Olena Elena Olga Olha Svetlana Svitlana Tetiana Tatiana Tatyana
    Valentyna Valentina Viktoria Viktoriia Yulia Yuliia Zoya Zinaida Iuliia Oleksandra
    Aleksandra Ludmila Veronika Vira Vera Maria Mariia Lyudmyla Agnieszka Katarzyna Małgorzata
    Beata
    """
    # Spanish, Portuguese, French, German, Italian
    """
    Ana Carmen Cristina Dolores Gabriela Isabel Lucía Lucia Marta Mercedes Pilar Rosa Dilma
    Ségolène Christiane Brigitte Angela Ursula Annalena Giorgia Federica
    """
    # East and West African, South Asian
    """
    Ellen Sahle-Work Ngozi Chimamanda Benazir Indira Sonia Priyanka Mamata
    """
)
"""Given names borne overwhelmingly by women."""


_KUNYA = {"abu": "m", "umm": "f", "um": "f"}
"""Arabic names that open with "father of" or "mother of" ("Abu Khalil", "Umm Mohammed")
tell the gender by that word."""


def given_name_gender(name: str) -> str | None:
    """``"m"`` or ``"f"`` when ``name`` (a person's first word) is listed for one gender,
    else ``None``. A hyphenated given name takes the gender of its first part
    ("Marie-Claude", "Anne-Sophie", "Jean-Marie", "Abdel-Rahman")."""
    key = name.strip(".,’'").lower()
    if key in _KUNYA:
        return _KUNYA[key]
    if key in MALE_GIVEN_NAMES:
        return "m"
    if key in FEMALE_GIVEN_NAMES:
        return "f"
    head, hyphen, rest = key.partition("-")
    if hyphen and head and rest[:1].isalpha():
        return given_name_gender(head)
    return None
