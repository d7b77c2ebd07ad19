"""Common given names, to tell where one name ends and the next starts in a list that has no
commas between names ('Vibeke Storm Rasmussen Leila Lindén Thor Buch Grønlykke ...').

Written by hand from the kinds of names the public name statistics of Denmark (Danmarks
Statistik, 'Navne i hele befolkningen'), Norway, Sweden and England and Wales (ONS) list as the
most common, with Welsh, Scottish and Irish ones the corpus's councils use. It is not complete
and need not be: a name not here is never split, it stays glued to the one before it (a
miss the scorer counts), and a name here only starts a new name after two words of the one
before ('Anne Marie Jensen' stays whole). Surnames that are also given names in Denmark
('Storm', 'Lee', 'Holm') are left out, so that they are never taken for a new name's start.
"""

from __future__ import annotations

_LISTED = """
    Aage Agnete Agnes Alan Albert Alex Alexander Alfred Ali Alice Alison Allan Amalie Amanda Amy
    Andrea Andreas Andrew Andy Angela Ann Anna Anne Anders Annette Anton Arne Asger Astrid
    Barbara Benedikte Bent Benny Berit Bettina Birgit Birgitte Birthe Bjarne Björn Bjørn Bo
    Brian Bruce Camilla Carl Carol Carole Caroline Carsten Catherine Charlotte Cheryl Chris
    Christian Christina Christine Claire Claus Colin Connie Dafydd Daniel Dave David Dennis
    Diana Dorte Dorthe Ebbe Edith Eeva Egon Eigil Elin Elisabeth Elizabeth Ella Ellen Elsebeth
    Else Emil Emily Emma Erik Erling Eva Ewa Fiona Flemming Frank Frederik Frida Gareth Gary
    George Gethin Gitte Grethe Gunnar Gurli Hanne Hans Harald Harry Heidi Helen Helena Helle
    Helge Henning Henrik Hugh Hywel Ian Ib Ida Inge Inger Ingrid Irene Jack Jackie Jacob Jakob
    James Jan Jane Janet Janne Jens Jeppe Jesper Jette Joan Joanna Johan Johannes John Jon Jonas
    Jonathan Jørgen Jørn Joseph Joy Julia Julie Kaj Karen Karin Karina Karl Karsten Kasper Kate
    Katherine Kathrine Keith Kenneth Kevin Kim Kirsten Kjeld Klaus Knud Kristian Kristina
    Kristine Lars Laura Lena Lene Leif Leila Len Lesley Lis Lisa Lisbeth Lise Lone Louise Lynn
    Magnus Maja Malcolm Malene Margaret Margrethe Maria Marianne Marie Mark Martin Mary Mathias
    Matthew Maureen Merete Mette Michael Michelle Mikael Mikkel Mogens Moira Morten Nadia Nanna
    Neil Niels Nicola Nicolai Nikolaj Nina Ninna Nora Ole Oliver Olivia Orla Oscar Oskar Owain
    Palle Pamela Patricia Paul Paula Peder Peer Per Peter Philip Phil Pia Poul Preben Rachel
    Rasmus Ray Rebecca Rhys Richard Rikke Rita Rob Robert Roger Rosie Ruth Sally Sam Sandra Sara
    Sarah Sean Sebastian Sian Signe Simon Sofie Solveig Sonja Sophie Stephen Steen Sten Steve
    Steven Stuart Susan Susanne Svend Søren Thomas Thor Tim Tina Tine Tom Tommy Tony Torben
    Tove Trevor Troels Ulla Ulrik Vagn Valdemar Vibeke Victor Viggo Vivi William Winnie
    """
GIVEN_NAMES = frozenset(_LISTED.casefold().split())
