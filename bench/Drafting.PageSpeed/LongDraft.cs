using System.Globalization;
using System.Text;

namespace Drafting.PageSpeed;

/// <summary>The 400-paragraph text the page is measured on: the same as the browser suite's long text.</summary>
public static class LongDraft
{
    /// <summary>100 PP and 300 OP; every twelfth OP has sub-paragraphs (a) to (c); "peacekeepers" in every tenth PP.</summary>
    public static string Text()
    {
        var text = new StringBuilder("Security Council\n\nFrance, Ghana and Viet Nam: draft resolution\n\nThe Security Council,\n\n");
        for (var i = 1; i <= 100; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"*Recalling* its resolution {2000 + i} on {(i % 10 == 0 ? "peacekeepers and " : "")}the situation in region {i},\n\n");
        }

        for (var i = 1; i <= 300; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"{i}. *Requests* the Secretary-General to report on measure {i}");
            text.Append(i % 12 == 0 ? ", including by:\n\n(a) Gathering information;\n\n(b) Consulting the parties;\n\n(c) Reporting on measure " + i + " every month" + (i == 300 ? ".\n\n" : ";\n\n")
                : i == 300 ? ".\n\n" : ";\n\n");
        }

        return text.ToString();
    }
}
