namespace Charity.Portal.Blazor.Components.Parts;

/// <summary>The circuit's display choices, shared by the layout and anything that reacts to them.</summary>
public sealed class DisplayPreferences(bool careMode)
{
    public bool CareMode { get; private set; } = careMode;

    public event Action? Changed;

    public void SetCareMode(bool on)
    {
        if (CareMode != on)
        {
            CareMode = on;
            Changed?.Invoke();
        }
    }
}
