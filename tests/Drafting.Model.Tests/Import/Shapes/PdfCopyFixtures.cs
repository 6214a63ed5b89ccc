namespace Drafting.Model.Tests.Import.Shapes;

/// <summary>
/// Plain-text copies of whole pages as PDF readers paste them (layout indentation, no italics, footnotes and their rule,
/// job numbers, running headers with the short title, centred part numbers above their titles, the sign-off at the right),
/// composed after A/RES/77/248 and S/RES/2231 (2015). Kept at the left margin: the indentation is part of the paste.
/// </summary>
internal static class PdfCopyFixtures
{
    public const string GeneralAssemblyOmnibus = """
United Nations                                                                    A/RES/77/248
                General Assembly                                                  Distr.: General
                                                                                  30 December 2022

Seventy-seventh session
Agenda item 69 (a)
Oceans and the law of the sea

                Resolution adopted by the General Assembly
                on 30 December 2022

                [without reference to a Main Committee (A/77/L.31 and
                A/77/L.31/Add.1)]

                77/248. Oceans and the law of the sea

                The General Assembly,
                     Recalling its annual resolutions on the law of the sea and on oceans and the
                law of the sea, including resolution 76/72 of 9 December 2021, and other relevant
                resolutions concerning the United Nations Convention on the Law of the Sea
                (“the Convention”),1
                     Having considered the report of the Secretary-General,2
                     Emphasizing the pre-eminent contribution provided by the Convention to the
                strengthening of peace, security, cooperation and friendly relations among all
                nations,
                ___________________
                1 United Nations, Treaty Series, vol. 1833, No. 31363.
                2 A/77/68 and A/77/331.

22-29771 (E)    050123
*2229771*

A/RES/77/248                                                  Oceans and the law of the sea

                                                      I
                  Implementation of the Convention and related agreements and instruments
                     1.   Reaffirms its resolutions 76/72 and 75/239 of 31 December 2020 and
                other relevant resolutions;
                     2.   Also reaffirms the unified character of the Convention and the vital
                importance of preserving its integrity;

                                                      II
                                            Capacity-building
                     3.   Calls upon States to assist developing States, in particular:
                     (a) Least developed countries;
                     (b) Small island developing States;
                     4.   Decides to include in the provisional agenda of its seventy-eighth
                session, under the item entitled “Oceans and the law of the sea”, the sub-item
                entitled “Oceans and the law of the sea”.

                                                                              55th plenary meeting
                                                                                30 December 2022
""";

    public const string SecurityCouncil2015 = """
United Nations                                                       S/RES/2231 (2015)
             Security Council                                        Distr.: General
                                                                     20 July 2015

             Resolution 2231 (2015)

             Adopted by the Security Council at its 7488th meeting, on
             20 July 2015

                   The Security Council,
                   Recalling the Statement of its President, S/PRST/2006/15, and its resolutions
             1696 (2006), 1737 (2006), 1747 (2007), 1803 (2008), 1835 (2008), 1887 (2009) and
             1929 (2010),
                   Reaffirming its commitment to the Treaty on the Non-Proliferation of Nuclear
             Weapons, the need for all States Party to that Treaty to comply fully with their
             obligations,
                   Acting under Article 41 of the Charter of the United Nations,
                   1.    Endorses the JCPOA, and urges its full implementation on the timetable
             established in the JCPOA;
                   2.    Calls upon all Members States, regional organizations and international
             organizations to take such actions as may be appropriate to support the
             implementation of the JCPOA, including by taking actions commensurate with the
             implementation plan set out in the JCPOA and this resolution and by refraining from
             actions that undermine implementation of commitments under the JCPOA;

15-12164 (E)
*1512164*

S/RES/2231 (2015)

             Terminations of provisions of previous resolutions
                   3.    Decides, acting under Article 41 of the Charter of the United Nations, on
             the date of receipt by the Security Council of the report from the IAEA described
             in paragraph 5:
                   (a) The provisions of resolutions 1696 (2006), 1737 (2006), 1747 (2007),
             1803 (2008), 1835 (2008), 1929 (2010) and 2224 (2015) shall be terminated;
                   (b) All States shall comply with paragraphs 1, 2, 4, and 5 and the provisions
             in subparagraphs (a)-(f) of paragraph 6 of Annex B;
             Application of provisions
                   4.    Decides that all provisions contained in the JCPOA are only for the
             purposes of its implementation between the E3/EU+3 and Iran and should not be
             considered as setting precedents for any other State;
                   5.    Decides to remain seized of the matter.
""";
}
