using System.Text;

namespace Drafting.Benchmarks;

/// <summary>A long omnibus-style draft: 200 preambular and 500 operative paragraphs, every tenth with sub-paragraphs.</summary>
internal static class GeneratedDraft
{
    public static string Text(int preambular = 200, int operative = 500)
    {
        var text = new StringBuilder("Security Council\n\nDistr.: General\n30 March 2020\n\nOriginal: English\n\nFrance, Ghana and Viet Nam: draft resolution\n\nThe Security Council,\n\n");
        for (var i = 0; i < preambular; i++)
        {
            text.Append("*Recalling* its previous resolutions ").Append(i).Append(" on the safety and security of peacekeepers, and the need for [2436 \\(2018\\)](#) to be implemented in full by all parties concerned,\n\n");
        }

        for (var i = 1; i <= operative; i++)
        {
            text.Append(i).Append(". *Requests* the Secretary-General to continue to take all appropriate measures to enhance the safety and security of peacekeeping personnel, paragraph ").Append(i);
            if (i % 10 == 0)
            {
                text.Append(", including by:\n\n(a) Strengthening situational awareness;\n\n(b) Improving medical support:\n\n(i) Casualty evacuation;\n\n(ii) Field hospitals;\n\n");
            }
            else
            {
                text.Append(i == operative ? ".\n\n" : ";\n\n");
            }
        }

        return text.ToString();
    }
}
